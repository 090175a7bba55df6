package org.newsgraph.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The WCXB metric: per page, the multiset overlap of lowercased {@code \w+} tokens gives precision, recall and F1;
 * the corpus figures are plain means of the per-page values. Snippet rates say how many of the page's must-have
 * phrases the prediction contains and how many of its boilerplate phrases it wrongly contains.
 */
public final class BagOfWordsScorer {

    public record PageScore(double precision, double recall, double f1, double withFound, double withoutFound) {
    }

    public record Summary(double precision, double recall, double f1, double withFound, double withoutFound,
                          int pages) {
    }

    public PageScore score(String gold, String predicted, List<String> with, List<String> without) {
        String lowerPred = predicted == null ? "" : predicted.toLowerCase(Locale.ROOT);
        List<String> goldTokens = WordTokens.of(gold == null ? "" : gold.toLowerCase(Locale.ROOT));
        List<String> predTokens = WordTokens.of(lowerPred);
        double withFound = shareFound(with, lowerPred);
        double withoutFound = shareFound(without, lowerPred);
        if (goldTokens.isEmpty()) {
            double v = predTokens.isEmpty() ? 1 : 0;
            return new PageScore(v, v, v, withFound, withoutFound);
        }
        if (predTokens.isEmpty()) return new PageScore(0, 0, 0, withFound, withoutFound);
        Map<String, int[]> counts = new HashMap<>();
        for (String t : goldTokens) counts.computeIfAbsent(t, k -> new int[2])[0]++;
        for (String t : predTokens) counts.computeIfAbsent(t, k -> new int[2])[1]++;
        long overlap = 0;
        for (int[] c : counts.values()) overlap += Math.min(c[0], c[1]);
        double p = (double) overlap / predTokens.size();
        double r = (double) overlap / goldTokens.size();
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new PageScore(p, r, f1, withFound, withoutFound);
    }

    private static double shareFound(List<String> phrases, String lowerPred) {
        if (phrases.isEmpty()) return 1;
        int found = 0;
        for (String phrase : phrases) {
            if (lowerPred.contains(phrase.toLowerCase(Locale.ROOT))) found++;
        }
        return (double) found / phrases.size();
    }

    public Summary summarize(List<PageScore> pages) {
        double p = 0;
        double r = 0;
        double f = 0;
        double w = 0;
        double wo = 0;
        for (PageScore s : pages) {
            p += s.precision();
            r += s.recall();
            f += s.f1();
            w += s.withFound();
            wo += s.withoutFound();
        }
        int n = Math.max(1, pages.size());
        return new Summary(p / n, r / n, f / n, w / n, wo / n, pages.size());
    }
}
