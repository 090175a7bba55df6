package org.newsgraph.events;

import java.util.Locale;

/**
 * RULE is in the dictionary's OVERSEE_MANAGE block, whose default is material cooperation (060): governing a
 * country or a people ("ruled Zimbabwe for 37 years"). A court's ruling has no such object: it rules "that", "on"
 * an appeal, "against" a plan or "in favour of" someone ("the Supreme Court ruled on the appeal", "ruled that Evers
 * lacked authority"), a judgement that is no cooperation with anyone. The dictionary's own patterns for rulings
 * ("(IN FAVOUR) (OF EXTRADITION)") keep their codes; only the block's default needs something governed.
 */
final class Rulings {

    private Rulings() {
    }

    /**
     * Whether RULE, coded by its block's default, governs nothing: no object, or a clause ruled on whose subject the
     * parser took for the object ("ruled the governor lacked authority"); and no particle ("ruled out").
     */
    static boolean judgement(SentenceGraph g, int v, VerbMatcher.Coded coded) {
        return coded != null && coded.byDefault() && "rule".equals(g.lemmas[v].toLowerCase(Locale.ROOT))
                && !g.isPassive(v) && (g.child(v, "obj") < 0 || rulesOnClause(g, v))
                && g.child(v, "compound:prt") < 0;
    }

    /** A clause under the verb, as a complement or, misparsed, a bare {@code dep} verb. */
    private static boolean rulesOnClause(SentenceGraph g, int v) {
        int ccomp = g.child(v, "ccomp");
        int dep = g.child(v, "dep");
        return ccomp >= 0 || dep >= 0 && g.isVerb(dep);
    }
}
