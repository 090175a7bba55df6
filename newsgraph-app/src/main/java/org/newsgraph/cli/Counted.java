package org.newsgraph.cli;

/** A count with its noun, singular for one ("1 input", "2 inputs"), for the summary lines runs end with. */
final class Counted {

    private Counted() {
    }

    /** {@code noun} is the regular singular; every noun these summaries count takes a plain "s". */
    static String of(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
