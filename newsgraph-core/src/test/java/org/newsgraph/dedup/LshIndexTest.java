package org.newsgraph.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LshIndexTest {

    private final MinHasher hasher = new MinHasher(128, 11);

    /** Share of trials in which a pair of sets with the given overlap became candidates in a 64 x 2 index. */
    private double candidateRate(int size, int common, int trials) {
        SplittableRandom random = new SplittableRandom(common);
        int found = 0;
        for (int t = 0; t < trials; t++) {
            long[][] sets = MinHasherTest.overlappingSets(random, size, common);
            LshIndex index = new LshIndex(64, 2);
            index.add(hasher.signature(sets[0]));
            List<Integer> candidates = new ArrayList<>();
            index.forEachCandidate(hasher.signature(sets[1]), candidates::add);
            if (!candidates.isEmpty()) found++;
        }
        return (double) found / trials;
    }

    @Test
    void finds_pairs_above_the_threshold_nearly_always() {
        // Jaccard 120 / 280 = 0.43: the S-curve gives 0.99999
        assertThat(candidateRate(200, 120, 300)).isGreaterThanOrEqualTo(0.99);
        // Jaccard 0.3 (92 shared of 200): 0.998 in theory
        assertThat(candidateRate(200, 92, 300)).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void rarely_pairs_sets_far_below_the_threshold() {
        // Jaccard 0.02: 1 - (1 - 0.0004)^64 = 0.025
        assertThat(candidateRate(200, 8, 300)).isLessThan(0.08);
    }

    @Test
    void follows_the_documented_s_curve() {
        assertThat(LshIndex.candidateProbability(0.3, 64, 2)).isGreaterThan(0.99);
        assertThat(LshIndex.candidateProbability(0.05, 64, 2)).isBetween(0.1, 0.2);
    }

    @Test
    void reports_each_candidate_once_even_when_many_bands_agree() {
        long[] set = new SplittableRandom(9).longs(100).sorted().toArray();
        LshIndex index = new LshIndex(64, 2);
        index.add(hasher.signature(set));
        index.add(hasher.signature(set));
        List<Integer> candidates = new ArrayList<>();
        index.forEachCandidate(hasher.signature(set), candidates::add);
        assertThat(candidates).containsExactlyInAnyOrder(0, 1);
    }
}
