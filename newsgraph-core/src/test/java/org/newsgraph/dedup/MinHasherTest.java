package org.newsgraph.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MinHasherTest {

    /** Two random sets of {@code size} elements sharing {@code common} of them, as sorted arrays. */
    static long[][] overlappingSets(SplittableRandom random, int size, int common) {
        long[] shared = LongStream.generate(random::nextLong).limit(common).toArray();
        long[] a = LongStream.concat(Arrays.stream(shared),
                LongStream.generate(random::nextLong).limit(size - common)).sorted().toArray();
        long[] b = LongStream.concat(Arrays.stream(shared),
                LongStream.generate(random::nextLong).limit(size - common)).sorted().toArray();
        return new long[][] {a, b};
    }

    @Test
    void estimates_jaccard_within_sampling_error_on_random_sets() {
        SplittableRandom random = new SplittableRandom(7);
        MinHasher hasher = new MinHasher(128, 42);
        double totalError = 0;
        int trials = 0;
        for (int common = 0; common <= 500; common += 25) {
            long[][] sets = overlappingSets(random, 500, common);
            double exact = (double) common / (1000 - common);
            double estimate = MinHasher.estimateJaccard(hasher.signature(sets[0]), hasher.signature(sets[1]));
            // standard error is at most sqrt(0.25 / 128) = 0.044; 0.15 is beyond 3 sigma
            assertThat(estimate).as("common=%d", common).isCloseTo(exact, org.assertj.core.data.Offset.offset(0.15));
            totalError += Math.abs(estimate - exact);
            trials++;
        }
        assertThat(totalError / trials).isLessThan(0.04);
    }

    @Test
    void gives_identical_signatures_for_identical_sets_and_differs_between_seeds() {
        long[] set = new SplittableRandom(1).longs(300).sorted().toArray();
        assertThat(new MinHasher(64, 1).signature(set)).containsExactly(new MinHasher(64, 1).signature(set));
        assertThat(new MinHasher(64, 1).signature(set)).isNotEqualTo(new MinHasher(64, 2).signature(set));
    }

    @Test
    void gives_the_empty_set_a_signature_no_real_set_shares() {
        MinHasher hasher = new MinHasher(32, 3);
        long[] empty = hasher.signature(new long[0]);
        long[] real = hasher.signature(new SplittableRandom(5).longs(10).sorted().toArray());
        assertThat(MinHasher.estimateJaccard(empty, real)).isZero();
    }
}
