package org.newsgraph.events;

import java.util.Set;
import java.util.function.IntPredicate;

/**
 * "The AP called the election for Biden", "networks called the race for the Republican candidate", "Fox called
 * Arizona for Biden": a news organisation calling a vote for someone projects its winner, an act of no party to
 * it. The dictionary reads CALL as an appeal (020) and CALL "* ELECTION" as acceding to a change in leadership
 * (0831), the sense of a government calling an election; the vote's winner named in a "for" phrase is what tells a
 * projection from "called an election for March", whose "for" phrase is a date.
 */
final class Projections {

    /** What a projection calls: the vote, or a place or seat whose vote it is. */
    private static final Set<String> VOTES = Set.of("election", "race", "contest", "vote", "primary", "caucus",
            "seat", "state");

    private Projections() {
    }

    /**
     * Whether CALL's object is a vote (or a place, {@code place}) and a "for" phrase, on the verb or the object,
     * names a person ({@code person}): the vote called for its winner.
     */
    static boolean called(SentenceGraph g, int v, IntPredicate person, IntPredicate place) {
        if (!g.lemmas[v].equalsIgnoreCase("call")) return false;
        int called = g.isPassive(v) ? g.child(v, "nsubj:pass") : g.child(v, "obj");
        if (called < 0 || !VOTES.contains(g.lemmas[called].toLowerCase()) && !place.test(called)) return false;
        return winnerNamed(g, v, person) || winnerNamed(g, called, person);
    }

    private static boolean winnerNamed(SentenceGraph g, int head, IntPredicate person) {
        for (int k = 0; k < g.childCount(head); k++) {
            int c = g.child(head, k);
            String r = g.baseRel(c);
            if ((r.equals("obl") || r.equals("nmod")) && "for".equals(Arguments.caseOf(g, c)) && person.test(c)) {
                return true;
            }
        }
        return false;
    }
}
