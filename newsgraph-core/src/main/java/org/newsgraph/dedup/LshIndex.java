package org.newsgraph.dedup;

import java.io.Serializable;
import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Locality-sensitive hashing over MinHash signatures by banding: the signature is cut into {@code bands} bands of
 * {@code rows} values, and two documents become candidates when any band is identical. Two sets of Jaccard
 * similarity {@code s} collide with probability {@code 1 - (1 - s^rows)^bands}, an S-curve whose midpoint sits near
 * {@code (1/bands)^(1/rows)}; see {@link DedupParams} for the chosen shape. Documents are numbered densely from 0 in
 * the order they are added.
 */
public final class LshIndex implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int bands;
    private final int rows;
    private final LongIntMultimap buckets = new LongIntMultimap();
    private int[] stamps = new int[1024];
    private int query;
    private int documents;

    public LshIndex(int bands, int rows) {
        if (bands < 1 || rows < 1) throw new IllegalArgumentException("bands and rows must be >= 1");
        this.bands = bands;
        this.rows = rows;
    }

    /** The probability that two sets of Jaccard similarity {@code s} become candidates. */
    public static double candidateProbability(double s, int bands, int rows) {
        return 1 - Math.pow(1 - Math.pow(s, rows), bands);
    }

    /** Adds the next document (numbered {@link #size()} before the call) and returns its number. */
    public int add(long[] signature) {
        checkLength(signature);
        int doc = documents++;
        for (int b = 0; b < bands; b++) {
            buckets.put(bandKey(signature, b), doc);
        }
        return doc;
    }

    /** Calls {@code action} once for each earlier document sharing at least one band with {@code signature}. */
    public void forEachCandidate(long[] signature, IntConsumer action) {
        checkLength(signature);
        if (stamps.length < documents) stamps = Arrays.copyOf(stamps, Math.max(documents, stamps.length * 2));
        int stamp = ++query;
        int[] seen = stamps;
        IntConsumer once = doc -> {
            if (seen[doc] != stamp) {
                seen[doc] = stamp;
                action.accept(doc);
            }
        };
        for (int b = 0; b < bands; b++) {
            buckets.forEach(bandKey(signature, b), once);
        }
    }

    public int size() {
        return documents;
    }

    private long bandKey(long[] signature, int band) {
        long h = band * 0x9e3779b97f4a7c15L;
        int from = band * rows;
        for (int r = from; r < from + rows; r++) {
            h = Hashing.mix(h ^ signature[r]);
        }
        return h;
    }

    private void checkLength(long[] signature) {
        if (signature.length < bands * rows) {
            throw new IllegalArgumentException("signature of " + signature.length + " values is shorter than "
                    + bands + " bands x " + rows + " rows");
        }
    }
}
