package org.newsgraph.events;

import java.util.List;
import java.util.Set;

/**
 * Events named by a noun whose happening a verb reports: "the summit took place", "no talks were held", "the
 * meeting did not go ahead". The noun is coded as the dictionary codes "hold NOUN" (HOLD TALKS, HOLD SUMMIT...),
 * so the nouns come from the verb dictionary, not from a list of our own; the verb only says it happened (or, with
 * its negation, that it did not).
 */
final class NominalEvents {

    private static final Set<String> HAPPEN = Set.of("happen", "occur", "proceed", "materialize", "materialise");

    private final List<VerbSense> hold;

    NominalEvents(VerbDictionary verbs) {
        hold = verbs.senses("HOLD");
    }

    /** The noun heading the event when verb {@code v} reports a happening, or -1. */
    static int eventNoun(SentenceGraph g, int v) {
        String lemma = g.lemmas[v].toLowerCase();
        boolean happens = HAPPEN.contains(lemma)
                || lemma.equals("take") && g.child(v, "obj") >= 0 && g.lemmas[g.child(v, "obj")].equalsIgnoreCase("place")
                || lemma.equals("go") && g.hasChildWord(v, "advmod", "ahead");
        if (happens) return g.child(v, "nsubj");
        if (lemma.equals("hold") && g.isPassive(v)) return g.child(v, "nsubj:pass");
        return -1;
    }

    /** The CAMEO code the dictionary gives "hold NOUN", or null. */
    String code(SentenceGraph g, int noun) {
        for (VerbSense s : hold) {
            for (VerbPattern p : s.patterns()) {
                if (!p.before().isEmpty() || p.after().size() != 1 || p.code() == null) continue;
                for (List<VerbPattern.Word> alt : p.after().get(0).alternatives()) {
                    if (alt.size() == 1 && alt.get(0).matches(g.upperWords[noun], g.upperLemmas[noun])) return p.code();
                }
            }
        }
        return null;
    }
}
