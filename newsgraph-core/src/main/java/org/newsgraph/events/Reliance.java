package org.newsgraph.events;

import java.util.Set;

/**
 * "The company counted on customers to return", "Ukraine is counting on its allies to send more air defence": the
 * dictionary's ESTIMATE block codes COUNT "* ON" as an appeal (020), but relying on someone asks nothing of them; it
 * is the subject's expectation, like hoping. Said in the first person it is the appeal, made to whom it names ("I
 * count on Turkey to act with restraint", "we are counting on you").
 */
final class Reliance {

    private static final Set<String> RELYING = Set.of("count", "rely", "depend", "bank");
    private static final Set<String> SPEAKERS = Set.of("i", "we");

    private Reliance() {
    }

    /** Whether the verb is relying "on" someone, said by no first-person speaker. */
    static boolean relied(SentenceGraph g, int v) {
        if (!RELYING.contains(g.lemmas[v].toLowerCase())) return false;
        boolean on = g.hasChildWord(v, "compound:prt", "on")
                || Arguments.obliqueWithCase(g, v, Set.of("on", "upon")) >= 0;
        if (!on) return false;
        int subj = g.child(v, "nsubj");
        return subj < 0 || !SPEAKERS.contains(g.lemmas[subj].toLowerCase());
    }
}
