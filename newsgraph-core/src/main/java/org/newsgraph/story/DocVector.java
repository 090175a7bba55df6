package org.newsgraph.story;

import java.io.Serializable;
import java.util.Arrays;

/**
 * An article's terms (or entities) as sorted distinct ids with weights of unit length before idf: sublinear
 * {@code 1 + ln(count)} frequencies, so a long article does not outweigh a short one in a story's centroid.
 */
record DocVector(int[] ids, double[] weights) implements Serializable {

    static final DocVector EMPTY = new DocVector(new int[0], new double[0]);

    /** From term ids in any order with repeats, each occurrence counting {@code 1}, or its given count. */
    static DocVector ofCounts(int[] ids, int[] counts, int n) {
        if (n == 0) return EMPTY;
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) packed[i] = ((long) ids[i] << 32) | (counts == null ? 1 : counts[i]);
        Arrays.sort(packed);
        int[] outIds = new int[n];
        double[] outWeights = new double[n];
        int m = 0;
        for (int i = 0; i < n; ) {
            int id = (int) (packed[i] >>> 32);
            long count = 0;
            while (i < n && (int) (packed[i] >>> 32) == id) count += (int) packed[i++];
            outIds[m] = id;
            outWeights[m++] = 1 + Math.log(count);
        }
        double norm = 0;
        for (int i = 0; i < m; i++) norm += outWeights[i] * outWeights[i];
        norm = Math.sqrt(norm);
        for (int i = 0; i < m; i++) outWeights[i] /= norm;
        return new DocVector(Arrays.copyOf(outIds, m), Arrays.copyOf(outWeights, m));
    }

    boolean isEmpty() {
        return ids.length == 0;
    }
}
