package org.newsgraph.events;

import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * VOTE's default in the dictionary is the intent to cooperate (030). A vote "to" do something decides that act
 * ("Britain voted to leave the European Union", "parliament voted to impose sanctions"): the act is the infinitive's,
 * which the coder codes from its own verb, and the vote's default would put a promise of cooperation beside a
 * departure or a sanction. A vote for an act the dictionaries do not code ("voted to confirm the secretary") keeps
 * the vote's own code, the only event its words give. The dictionary's patterns for votes ("(IN FAVOR)", "DOWN", "(AGAINST)") keep their codes.
 */
final class Votes {

    private Votes() {
    }

    /**
     * Whether VOTE, coded by its default, decides the act of a "to"-infinitive it governs that the dictionaries code
     * ({@code coded} judging the infinitive's verb); a vote for an act they do not know keeps the vote's code.
     */
    static boolean decidesInfinitive(SentenceGraph g, int v, VerbMatcher.Coded coded, IntPredicate codedAct) {
        if (coded == null || !coded.byDefault() || !"vote".equals(g.lemmas[v].toLowerCase(Locale.ROOT))) return false;
        for (int k = 0; k < g.childCount(v); k++) {
            int c = g.child(v, k);
            String r = g.rel(c);
            if ((r.equals("xcomp") || r.equals("advcl")) && g.isVerb(c) && g.hasChildWord(c, "mark", "to")
                    && codedAct.test(c)) {
                return true;
            }
        }
        return false;
    }
}
