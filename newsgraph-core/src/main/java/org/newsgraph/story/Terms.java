package org.newsgraph.story;

import java.util.Locale;
import java.util.Set;

/** Splits text into lower-cased word terms for topical similarity, dropping English function words. */
final class Terms {

    private static final Set<String> STOP = Set.of(("a about above after again against all also am an and any are "
            + "as at be because been before being below between both but by can could did do does doing down during "
            + "each few for from further had has have having he her here hers herself him himself his how i if in "
            + "into is it its itself just me more most my myself no nor not now of off on once only or other our "
            + "ours ourselves out over own said same says she should so some such than that the their theirs them "
            + "themselves then there these they this those through to too under until up very was we were what "
            + "when where which while who whom why will with would you your yours yourself yourselves s t don "
            + "one two new told say according like get got going make made many much may might must us mr mrs ms "
            + "year years week day days time").split(" "));

    private Terms() {
    }

    interface Sink {
        void term(String term);
    }

    /** Emits each term of {@code text} in order; terms are runs of letters and digits of at least two characters. */
    static void split(String text, Sink sink) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) i++;
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) i++;
            if (i - start >= 2) {
                String term = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (!STOP.contains(term)) sink.term(term);
            }
        }
    }
}
