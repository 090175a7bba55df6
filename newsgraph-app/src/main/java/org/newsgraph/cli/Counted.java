package org.newsgraph.cli;

/** A count with its noun, singular for one ("1 input", "2 inputs"), for summary lines and tables. */
final class Counted {

    private Counted() {
    }

    /** {@code noun} is a regular singular, which takes a plain "s". */
    static String of(long n, String noun) {
        return of(n, noun, noun + "s");
    }

    static String of(long n, String singular, String plural) {
        return n + " " + noun(n, singular, plural);
    }

    /** The noun alone, for tables that align the count apart. */
    static String noun(long n, String singular, String plural) {
        return n == 1 ? singular : plural;
    }
}
