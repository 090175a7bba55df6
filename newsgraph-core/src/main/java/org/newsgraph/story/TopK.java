package org.newsgraph.story;

import java.util.Arrays;

/** Picks the highest-scoring entries. */
final class TopK {

    private TopK() {
    }

    /** The labels of the {@code k} highest scores, highest first; ties keep input order. */
    static int[] indices(double[] scores, int k, int[] labels) {
        int[] order = order(scores, k);
        int[] out = new int[order.length];
        for (int i = 0; i < order.length; i++) out[i] = labels[order[i]];
        return out;
    }

    /** The {@code k} highest scores, highest first. */
    static double[] values(double[] scores, int k) {
        int[] order = order(scores, k);
        double[] out = new double[order.length];
        for (int i = 0; i < order.length; i++) out[i] = scores[order[i]];
        return out;
    }

    /**
     * Positions of the k highest scores: each score and its position packed in one long, sorted without boxing
     * (non-negative floats order like their raw bits; the inverted position keeps ties in input order).
     */
    private static int[] order(double[] scores, int k) {
        long[] packed = new long[scores.length];
        for (int i = 0; i < scores.length; i++) {
            float f = (float) Math.max(0, scores[i]);
            packed[i] = ((long) Float.floatToIntBits(f) << 32) | (0xffffffffL - i);
        }
        Arrays.sort(packed);
        int n = Math.min(k, packed.length);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) out[i] = (int) (0xffffffffL - (packed[packed.length - 1 - i] & 0xffffffffL));
        return out;
    }
}
