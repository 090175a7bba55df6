package org.newsgraph.dedup;

import java.io.Serializable;

/**
 * Parameters of near-duplicate detection.
 *
 * @param shingleSize   words per shingle
 * @param bands         LSH bands; {@code bands * rows} MinHash functions are computed
 * @param rows          MinHash values per band
 * @param minContainment the share of the shorter document's shingles that must occur in the longer one
 * @param minCoverage   the share of the longer document's shingles that the shared ones must make up: an article
 *                      inside a page three times its size still covers a third of it, while a two-sentence teaser
 *                      of a short article in a busy page covers a few percent
 * @param minShingles   documents with fewer shingles are indexed but never matched: a line or two of shared
 *                      boilerplate ("Sign up for our newsletter") is no evidence of copying
 * @param seed          seed of the MinHash functions; signatures are comparable only under the same seed
 */
public record DedupParams(int shingleSize, int bands, int rows, double minContainment, double minCoverage,
                          int minShingles, long seed) implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The defaults, and why.
     *
     * <ul>
     * <li>{@code shingleSize = 5}: a light edit (a word swapped or dropped every 30 words) still keeps about 85% of a
     * copy's 5-shingles, while shorter shingles let stock phrases, shared navigation lines and interview templates
     * link unrelated articles; 5 gave the best pair F1 of k = 3, 4, 5 on the tuning draw of {@code DedupBenchmark}
     * (seed 1; the report draw, seed 2, was not used to choose).</li>
     * <li>{@code bands = 64, rows = 2} (128 hashes): candidate probability {@code 1-(1-s^2)^64} is 0.15 at
     * s = 0.05, 0.93 at s = 0.2, 0.998 at s = 0.3 and above 0.99999 at s >= 0.4, midpoint about 0.125. Containment,
     * not Jaccard, decides a match, and an article inside a page three times its size has a Jaccard similarity of
     * only 0.33 with it, so the curve must already be steep at 0.2-0.3. The price is more candidates among
     * unrelated documents (s around 0.01 collides with probability 0.6%), each checked exactly by a linear merge of
     * sorted shingle arrays in about a microsecond.</li>
     * <li>{@code minContainment = 0.5, minCoverage = 0.25}: chosen together on the same tuning draw (grid 0.4-0.7 by
     * 0.05 and 0-0.25). Without the coverage floor, pages carrying a teaser of a short article, and interview
     * pages sharing a questionnaire, join unrelated groups; one such link merges two groups, so precision falls
     * fast. The price: two articles that share half their text are copies, such as two interviews of one series
     * opening with the same background section. Tried against that on the tuning draw (twelfth session): containment
     * 0.6 keeps pair precision and loses recall 0.984 -> 0.941; demanding that a partial copy's unshared words be
     * spread through it, not one long stretch, loses 0.984 -> 0.930, because a trimmed copy inside a page of teasers
     * lacks the original's whole ending. Neither was kept.</li>
     * </ul>
     */
    public static final DedupParams DEFAULT = new DedupParams(5, 64, 2, 0.5, 0.25, 20, 0x5eed_d0c5L);

    public DedupParams {
        if (shingleSize < 1 || bands < 1 || rows < 1 || minShingles < 1) {
            throw new IllegalArgumentException("shingleSize, bands, rows and minShingles must be >= 1");
        }
        if (!(minContainment > 0 && minContainment <= 1) || !(minCoverage >= 0 && minCoverage <= 1)) {
            throw new IllegalArgumentException("minContainment must be in (0, 1] and minCoverage in [0, 1], got "
                    + minContainment + " and " + minCoverage);
        }
    }

    public int numHashes() {
        return bands * rows;
    }

    public DedupParams withShingleSize(int k) {
        return new DedupParams(k, bands, rows, minContainment, minCoverage, minShingles, seed);
    }

    public DedupParams withThresholds(double containment, double coverage) {
        return new DedupParams(shingleSize, bands, rows, containment, coverage, minShingles, seed);
    }

    public DedupParams withBanding(int b, int r) {
        return new DedupParams(shingleSize, b, r, minContainment, minCoverage, minShingles, seed);
    }
}
