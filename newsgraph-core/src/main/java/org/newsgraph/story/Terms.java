package org.newsgraph.story;

import java.util.Locale;
import java.util.Set;

/** Splits text into lower-cased word terms for topical similarity, dropping English function words. */
public final class Terms {

    private static final Set<String> STOP = Set.of(("a about above after again against all also am an and any are "
            + "as at be because been before being below between both but by can could did do does doing down during "
            + "each few for from further had has have having he her here hers herself him himself his how i if in "
            + "into is it its itself just me more most my myself no nor not now of off on once only or other our "
            + "ours ourselves out over own said same says she should so some such than that the their theirs them "
            + "themselves then there these they this those through to too under until up very was we were what "
            + "when where which while who whom why will with would you your yours yourself yourselves s t don "
            + "one two new told say according like get got going make made many much may might must us mr mrs ms "
            + "year years week day days time").split(" "));

    /** Longest doubly bracketed turn label looked for, so a stray "((" costs a bounded scan. */
    private static final int MAX_BRACKETED_LABEL = 64;

    private Terms() {
    }

    public interface Sink {
        void term(String term);
    }

    /**
     * Emits each term of {@code text} in order; terms are runs of letters and digits of at least two characters.
     * The label opening an interview's turn ("((WN))", "ROE:") is left out: it names the format, not the subject,
     * and it would make every interview by one outlet look alike.
     */
    static void split(String text, Sink sink) {
        split(text, sink, null);
    }

    /**
     * As {@link #split(String, Sink)}, and each term written with a capital away from a sentence's start ("in
     * Banstead", "the Red Sox", "offered Teixeira") goes to {@code names} too, in the same pass: the names of the
     * people, places and organisations an article is about, which tell two events of one kind apart better than the
     * words they share (fire, supermarket, offer). A word opening a sentence, a line or a quotation is capitalised
     * whatever it is and is not taken for a name. Either sink may be null; with {@code sink} null only the names
     * are cut out of the text, which is what a reader of names alone pays for.
     */
    public static void split(String text, Sink sink, Sink names) {
        int n = text.length();
        int i = turnLabelEnd(text, 0);
        boolean sentenceStart = true;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                char c = text.charAt(i);
                if (c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '\u201c') sentenceStart = true;
                if (c == '\n') {
                    sentenceStart = true;
                    i = turnLabelEnd(text, i + 1);
                } else i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) i++;
            boolean name = !sentenceStart && start < n && Character.isUpperCase(text.charAt(start));
            sentenceStart = false;
            if (i - start >= 2 && (sink != null || name && names != null)) {
                String term = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (!STOP.contains(term)) {
                    if (sink != null) sink.term(term);
                    if (name && names != null) names.term(term);
                }
            }
        }
    }

    /**
     * The term an outlet of one word ("Reuters") is written as, so that its own articles' "told Reuters" can be left
     * out; null for a name of several words, whose words ("Washington" in "The Washington Post") carry subject too.
     */
    static String oneWordName(String publisher) {
        if (publisher == null) return null;
        String name = publisher.strip();
        if (name.regionMatches(true, 0, "the ", 0, 4)) name = name.substring(4);
        for (int i = 0; i < name.length(); i++) if (!Character.isLetterOrDigit(name.charAt(i))) return null;
        return name.isEmpty() ? null : name.toLowerCase(Locale.ROOT);
    }

    /**
     * Where the paragraph starting at {@code from} continues after its turn label: a doubly bracketed label
     * ("((Ann Roe))") or up to three words in capitals before a colon ("ANN ROE:"); {@code from} when it has none.
     */
    private static int turnLabelEnd(String text, int from) {
        int n = text.length();
        int i = from;
        while (i < n && text.charAt(i) == ' ') i++;
        if (text.startsWith("((", i)) {
            int limit = Math.min(n, i + MAX_BRACKETED_LABEL);
            for (int j = i + 2; j < limit && text.charAt(j) != '\n'; j++) {
                if (text.startsWith("))", j)) return j + 2;
            }
            return from;
        }
        int words = 0;
        while (i < n && Character.isUpperCase(text.charAt(i)) && words < 3) {
            while (i < n && (Character.isUpperCase(text.charAt(i)) || text.charAt(i) == '.' || text.charAt(i) == '\'')) i++;
            words++;
            if (i < n && text.charAt(i) == ':') return i + 1;
            if (i < n && text.charAt(i) == ' ') i++;
            else return from;
        }
        return from;
    }
}
