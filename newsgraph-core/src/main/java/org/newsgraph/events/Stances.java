package org.newsgraph.events;

import java.util.Set;

/**
 * A noun that names both a stance and the people who hold it: "the opposition rejected the offer" is a group, "voiced
 * its opposition to the sanctions" an attitude. Wire reports write the group with an article or a state's name ("the
 * opposition", "the Kenyan opposition", "Zimbabwe's opposition") and the stance with what it is toward ("opposition
 * to the plan") or as its holder's ("its opposition", "their opposition"), or bare ("expressed opposition").
 */
final class Stances {

    /** Heads the agent dictionaries code as a group (OPPOSITION [~OPP], agents.supplement.txt). */
    private static final Set<String> GROUP_OR_STANCE = Set.of("OPPOSITION");
    /** What a stance is toward. */
    private static final Set<String> TOWARD = Set.of("to", "toward", "towards", "against");

    private Stances() {
    }

    /** Whether {@code head} is such a noun used for the stance, not the group: then it names no actor. */
    static boolean held(SentenceGraph g, int head) {
        if (!g.isNoun(head) || !GROUP_OR_STANCE.contains(g.upperLemmas[head])) return false;
        boolean group = false;
        for (int k = 0; k < g.childCount(head); k++) {
            int c = g.child(head, k);
            String kase = g.baseRel(c).equals("nmod") ? Arguments.caseOf(g, c) : null;
            if (kase != null && TOWARD.contains(kase)) return true;
            if (g.rel(c).equals("nmod:poss")) {
                if (g.pos(c).startsWith("PRP")) return true;
                group = true;
            }
            // "the Kenyan opposition", "the Syria opposition"; not "strong opposition", "growing opposition"
            boolean named = (g.rel(c).equals("amod") || g.rel(c).equals("compound"))
                    && Character.isUpperCase(g.forms[c].charAt(0));
            if (named || g.rel(c).equals("det") && g.lemmas[c].equalsIgnoreCase("the")) group = true;
        }
        return !group;
    }
}
