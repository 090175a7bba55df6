package org.newsgraph.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Article Extraction Benchmark's metric: multisets of 4-token shingles of gold and predicted text, compared
 * per page; corpus precision and recall are means of the per-page values and F1 is computed from those two means.
 */
public final class ShingleScorer {

    private static final int SHINGLE = 4;

    /** One page's normalised counts (they sum to 1 unless all are 0) and whether its tokens match the gold exactly. */
    public record PageScore(double tp, double fp, double fn, boolean exact) {

        public double precision() {
            if (fp == 0 && fn == 0) return 1;
            if (tp == 0 && fp == 0) return 0;
            return tp / (tp + fp);
        }

        public double recall() {
            if (fp == 0 && fn == 0) return 1;
            if (tp == 0 && fn == 0) return 0;
            return tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public record Summary(double precision, double recall, double f1, double accuracy, int pages) {
    }

    public PageScore score(String gold, String predicted) {
        List<String> goldTokens = WordTokens.of(gold);
        List<String> predTokens = WordTokens.of(predicted);
        Map<String, int[]> counts = new HashMap<>();
        count(goldTokens, counts, 0);
        count(predTokens, counts, 1);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int[] c : counts.values()) {
            tp += Math.min(c[0], c[1]);
            fp += Math.max(0, c[1] - c[0]);
            fn += Math.max(0, c[0] - c[1]);
        }
        double sum = tp + fp + fn;
        boolean exact = goldTokens.equals(predTokens);
        return sum == 0 ? new PageScore(0, 0, 0, exact) : new PageScore(tp / sum, fp / sum, fn / sum, exact);
    }

    private static void count(List<String> tokens, Map<String, int[]> counts, int side) {
        int shingles = Math.max(1, tokens.size() - SHINGLE + 1);
        if (tokens.isEmpty()) return;
        for (int i = 0; i < shingles; i++) {
            String shingle = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + SHINGLE)));
            counts.computeIfAbsent(shingle, k -> new int[2])[side]++;
        }
    }

    public Summary summarize(List<PageScore> pages) {
        double precisionSum = 0;
        int precisionPages = 0;
        double recallSum = 0;
        int recallPages = 0;
        int exact = 0;
        for (PageScore s : pages) {
            if (s.tp() + s.fp() > 0) {
                precisionSum += s.precision();
                precisionPages++;
            }
            if (s.tp() + s.fn() > 0) {
                recallSum += s.recall();
                recallPages++;
            }
            if (s.exact()) exact++;
        }
        double p = precisionPages == 0 ? 0 : precisionSum / precisionPages;
        double r = recallPages == 0 ? 0 : recallSum / recallPages;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Summary(p, r, f1, pages.isEmpty() ? 0 : (double) exact / pages.size(), pages.size());
    }
}
