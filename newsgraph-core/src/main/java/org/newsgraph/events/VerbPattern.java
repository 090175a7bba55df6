package org.newsgraph.events;

import java.util.List;

/**
 * One PETRARCH verb pattern: words that must appear before the verb and after it, in order, and the CAMEO code it
 * gives. Each slot is a set of alternatives, an alternative being one word or a contiguous phrase; a word without a
 * trailing underscore in the dictionary is a stem ("VIOLAT" matches "violating").
 *
 * @param code        CAMEO code for source -> target, or null when the pattern codes no such event ("[---]", "[:020]")
 * @param reverseCode CAMEO code for target -> source ("[043:042]" host/visit), or null
 * @param nullEvent   true for "[---]": the pattern says the verb is not an event here
 * @param verb        the verb the pattern was written for (its provenance comment), or null for the whole block
 */
record VerbPattern(List<Slot> before, List<Slot> after, String code, String reverseCode, boolean nullEvent,
                   String verb) {

    /**
     * One position of a pattern: any of the alternatives, each a run of adjacent words. {@code group} numbers the
     * "(...)" group the slot belongs to (0: none): PETRARCH writes a prepositional phrase so, "(IN &DISPUTE)" being
     * "in a dispute", so the slots of one group must fall in one phrase.
     */
    record Slot(List<List<Word>> alternatives, int group) {

        Slot(List<List<Word>> alternatives) {
            this(alternatives, 0);
        }
    }

    /** A dictionary word: exact (trailing "_") or a stem. */
    record Word(String text, boolean exact) {

        boolean matches(String form, String lemma) {
            if (text.equals(form) || text.equals(lemma)) return true;
            // short stems would match too much ("AID" in "AIDE"); the dictionary's real stems are long
            return !exact && text.length() >= 4 && form.startsWith(text);
        }
    }

    /**
     * Prepositions and adverb particles: a pattern made of these alone ("(WITH)", "OFF", "AWAY") says less than one
     * naming a thing of the same length ("RELATIONS").
     */
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("ABOUT", "ACROSS", "AFTER",
            "AGAINST", "ALONG", "AMONG", "AROUND", "AS", "AT", "AWAY", "BACK", "BEFORE", "BEHIND", "BETWEEN", "BY",
            "DOWN", "FOR", "FROM", "IN", "INTO", "OF", "OFF", "ON", "ONTO", "OUT", "OVER", "THROUGH", "TO", "TOWARD",
            "TOWARDS", "UNDER", "UP", "UPON", "WITH", "WITHIN", "WITHOUT");

    /**
     * How specific the pattern is: more dictionary words, more specific; among patterns of as many words, one with a
     * word other than a preposition or particle comes first. "broke off diplomatic relations with Iran" matches
     * BREAK's "(WITH)" and "OFF" (130, threaten) as well as "RELATIONS" (161, break relations): the noun says what
     * was broken, the preposition only that something was.
     */
    int weight() {
        int n = 0;
        boolean content = false;
        for (List<Slot> side : List.of(before, after)) {
            for (Slot s : side) {
                for (Word w : s.alternatives().get(0)) {
                    n++;
                    content |= !FUNCTION_WORDS.contains(w.text());
                }
            }
        }
        return 2 * n - (content ? 0 : 1);
    }
}
