package org.newsgraph.events;

import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Removing a person from an office ("The cabinet dismissed the governor", "sacked the finance minister", "fired its
 * chief executive") is none of the acts the dictionary codes on these verbs: DISMISS is filed under disapproval
 * (110, right for "dismissed the claims"), SACK and FIRE under violence. CAMEO has no code for a dismissal from
 * office (its 0831, accede to a change in leadership, is the yielding to a demand; 174 expels individuals from a
 * country), so such a clause codes nothing, whatever the dictionary gives: its own "- * GOVERNOR [110] # DISMISS"
 * reads dismissing a governor as criticism. What is dismissed when no person is ("the appeal": 120, "the claims":
 * 016) keeps its code.
 */
final class Dismissals {
    private static final Set<String> REMOVING = Set.of("dismiss", "sack", "fire");

    private Dismissals() {
    }

    /**
     * Whether the verb removes the person its object names, or the one an "as" phrase gives a person's office
     * ("dismissed Oleh Kravets as governor", where the name may be tagged as no person, against "dismissed the
     * report as propaganda"); {@code person} judges a phrase head.
     */
    static boolean fromOffice(SentenceGraph g, int v, IntPredicate person) {
        if (!REMOVING.contains(g.lemmas[v].toLowerCase(java.util.Locale.ROOT))) return false;
        int removed = g.isPassive(v) ? g.child(v, "nsubj:pass") : g.child(v, "obj");
        if (removed < 0) return false;
        if (person.test(removed)) return true;
        for (int k = 0; k < g.childCount(v); k++) {
            int c = g.child(v, k);
            if (g.baseRel(c).equals("obl") && "as".equals(Arguments.caseOf(g, c)) && person.test(c)) return true;
        }
        return false;
    }
}
