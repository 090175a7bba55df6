package org.newsgraph.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;

/**
 * Sentence-level scores against the gold records: the predicted event (one per sentence) against the gold one.
 * Type accuracy counts a sentence without prediction as wrong. Actor accuracies are over sentences whose gold has
 * that actor (a sector accuracy only where the gold gives a sector); a missing prediction counts as wrong.
 */
final class EventScore {

    private int sentences, typeCorrect, predicted;
    private int srcGold, srcCountry, srcSectorGold, srcSector;
    private int tgtGold, tgtCountry, tgtSectorGold, tgtSector;
    private final Map<String, int[]> perType = new TreeMap<>(); // gold, predicted, correct
    // predicted type/CAMEO code (or "-") -> gold type -> sentences: counts only, so the test half can say which
    // codes it is wrong on without any of its sentences being read
    private final Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    private int noTarget; // gold names a target, the prediction has none

    void add(GsrRecord gold, Event e) {
        sentences++;
        String type = e == null ? null : e.type();
        confusion.computeIfAbsent(e == null ? "-" : e.type() + "/" + e.cameo(), k -> new TreeMap<>())
                .merge(gold.type(), 1, Integer::sum);
        perType.computeIfAbsent(gold.type(), k -> new int[3])[0]++;
        if (type != null) {
            predicted++;
            perType.computeIfAbsent(type, k -> new int[3])[1]++;
            if (type.equals(gold.type())) {
                typeCorrect++;
                perType.get(type)[2]++;
            }
        }
        List<GsrRecord.GoldActor> goldSources = gold.sources();
        // reciprocal gold (SRC/TAR) lists both sides as actors: either side may be our target
        List<GsrRecord.GoldActor> goldTargets = gold.reciprocal() ? gold.sources() : gold.targets();
        if (!goldSources.isEmpty()) {
            srcGold++;
            EventActor a = e == null ? null : e.source();
            if (a != null && countryIn(a, goldSources)) srcCountry++;
            if (hasSector(goldSources)) {
                srcSectorGold++;
                if (a != null && sectorIn(a, goldSources)) srcSector++;
            }
        }
        if (!goldTargets.isEmpty()) {
            tgtGold++;
            EventActor a = e == null ? null : e.target();
            if (e != null && a == null) noTarget++;
            if (a != null && countryIn(a, goldTargets)) tgtCountry++;
            if (hasSector(goldTargets)) {
                tgtSectorGold++;
                if (a != null && sectorIn(a, goldTargets)) tgtSector++;
            }
        }
    }

    private static boolean countryIn(EventActor a, List<GsrRecord.GoldActor> gold) {
        for (GsrRecord.GoldActor g : gold) if (g.code() != null && g.code().equals(a.country())) return true;
        return false;
    }

    private static boolean sectorIn(EventActor a, List<GsrRecord.GoldActor> gold) {
        for (GsrRecord.GoldActor g : gold) if (g.sector() != null && g.sector().equals(a.sector())) return true;
        return false;
    }

    private static boolean hasSector(List<GsrRecord.GoldActor> gold) {
        for (GsrRecord.GoldActor g : gold) if (g.sector() != null) return true;
        return false;
    }

    int sentences() {
        return sentences;
    }

    double typeAccuracy() {
        return ratio(typeCorrect, sentences);
    }

    double coverage() {
        return ratio(predicted, sentences);
    }

    /** Macro-F1 over the gold event types (a type never in the gold has no recall to average). */
    double macroF1() {
        double sum = 0;
        int n = 0;
        for (int[] c : perType.values()) {
            if (c[0] == 0) continue;
            double p = c[1] == 0 ? 0 : (double) c[2] / c[1];
            double r = (double) c[2] / c[0];
            sum += p + r == 0 ? 0 : 2 * p * r / (p + r);
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }

    String summary() {
        return String.format(java.util.Locale.ROOT,
                "n=%d coverage=%.3f type_acc=%.3f macro_F1=%.3f | source country=%.3f (n=%d) sector=%.3f (n=%d)"
                        + " | target country=%.3f (n=%d) sector=%.3f (n=%d)",
                sentences, coverage(), typeAccuracy(), macroF1(), ratio(srcCountry, srcGold), srcGold,
                ratio(srcSector, srcSectorGold), srcSectorGold, ratio(tgtCountry, tgtGold), tgtGold,
                ratio(tgtSector, tgtSectorGold), tgtSectorGold);
    }

    String perTypeTable() {
        StringBuilder sb = new StringBuilder("  type        gold  pred  correct\n");
        perType.forEach((t, c) -> sb.append(String.format(java.util.Locale.ROOT, "  %-10s %5d %5d %8d%n", t, c[0],
                c[1], c[2])));
        return sb.toString();
    }

    /**
     * One line per predicted type/CAMEO code: how often it was predicted and the gold types of those sentences,
     * then how many events had no target where the gold names one.
     */
    String confusionTable() {
        StringBuilder sb = new StringBuilder();
        confusion.forEach((p, golds) -> {
            int n = golds.values().stream().mapToInt(Integer::intValue).sum();
            sb.append(String.format(java.util.Locale.ROOT, "  %-16s %3d  gold %s%n", p, n, golds));
        });
        sb.append("  events without a target where the gold has one: ").append(noTarget).append('\n');
        return sb.toString();
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
