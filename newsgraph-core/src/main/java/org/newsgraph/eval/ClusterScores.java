package org.newsgraph.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Clustering scores of a predicted labelling against a gold one, as defined in clustering-ecbplus/SOURCE.md:
 * item-averaged B-cubed (Bagga and Baldwin 1998; Amigó et al. 2009), pairwise precision and recall over pairs of
 * items (Priberam news-clustering), and the adjusted Rand index from the same pair counts.
 *
 * @param clusters number of predicted clusters
 */
public record ClusterScores(int items, int clusters, double b3Precision, double b3Recall, double pairPrecision,
                            double pairRecall, double ari) {

    /** Scores two labellings of the same items, given as parallel lists. */
    public static <G, P> ClusterScores of(List<G> gold, List<P> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold has " + gold.size() + " items, predicted " + predicted.size());
        }
        int n = gold.size();
        Map<Object, Long> goldSizes = new HashMap<>();
        Map<Object, Long> predSizes = new HashMap<>();
        Map<List<Object>, Long> joint = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Object g = Objects.requireNonNull(gold.get(i), "gold label"), p = Objects.requireNonNull(
                    predicted.get(i), "predicted label");
            goldSizes.merge(g, 1L, Long::sum);
            predSizes.merge(p, 1L, Long::sum);
            joint.merge(List.of(g, p), 1L, Long::sum);
        }
        double precisionSum = 0, recallSum = 0;
        for (int i = 0; i < n; i++) {
            long both = joint.get(List.of(gold.get(i), predicted.get(i)));
            precisionSum += (double) both / predSizes.get(predicted.get(i));
            recallSum += (double) both / goldSizes.get(gold.get(i));
        }
        double tp = joint.values().stream().mapToDouble(ClusterScores::pairs).sum();
        double goldPairs = goldSizes.values().stream().mapToDouble(ClusterScores::pairs).sum();
        double predPairs = predSizes.values().stream().mapToDouble(ClusterScores::pairs).sum();
        double all = pairs(n);
        double expected = all == 0 ? 0 : goldPairs * predPairs / all;
        double max = (goldPairs + predPairs) / 2;
        double ari = max == expected ? 0 : (tp - expected) / (max - expected);
        return new ClusterScores(n, predSizes.size(), n == 0 ? 0 : precisionSum / n, n == 0 ? 0 : recallSum / n,
                predPairs == 0 ? 0 : tp / predPairs, goldPairs == 0 ? 0 : tp / goldPairs, ari);
    }

    public double b3F1() {
        return f1(b3Precision, b3Recall);
    }

    public double pairF1() {
        return f1(pairPrecision, pairRecall);
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double pairs(long size) {
        return size * (size - 1) / 2.0;
    }
}
