package org.newsgraph.nlp.eval;

/** Counts behind precision, recall and F1. */
public record Prf(int truePositives, int gold, int system) {

    public static final Prf ZERO = new Prf(0, 0, 0);

    public Prf plus(Prf o) {
        return new Prf(truePositives + o.truePositives, gold + o.gold, system + o.system);
    }

    public double precision() {
        return system == 0 ? 0 : 100.0 * truePositives / system;
    }

    public double recall() {
        return gold == 0 ? 0 : 100.0 * truePositives / gold;
    }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format("P %5.1f  R %5.1f  F1 %5.1f  (tp %d, gold %d, system %d)", precision(), recall(), f1(),
                truePositives, gold, system);
    }
}
