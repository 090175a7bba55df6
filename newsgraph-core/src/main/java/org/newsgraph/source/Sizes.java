package org.newsgraph.source;

import java.util.Locale;

/** Byte counts for messages. */
final class Sizes {

    private Sizes() {
    }

    static String describe(long bytes) {
        if (bytes < 1024) return bytes + " bytes";
        if (bytes < 1L << 20) return trim(bytes / 1024.0) + " KiB";
        if (bytes < 1L << 30) return trim(bytes / (double) (1L << 20)) + " MiB";
        return trim(bytes / (double) (1L << 30)) + " GiB";
    }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
