package org.newsgraph.events;

import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.newsgraph.pipeline.PeopleNouns;

/**
 * "The AP called the election for Biden", "networks called the race for the Republican candidate", "Fox called
 * Arizona for Biden": a news organisation calling a vote for someone projects its winner, an act of no party to
 * it. The dictionary reads CALL as an appeal (020) and CALL "* ELECTION" as acceding to a change in leadership
 * (0831), the sense of a government calling an election; the vote's winner named in a "for" phrase is what tells a
 * projection from "called an election for March", whose "for" phrase is a date. The winner is whoever the "for"
 * phrase names that is no time: a person, or a name or a person's noun the entity stage did not tag as one ("called
 * the race for Warnock", "for the Republican challenger"; 2026-11-25, they were REQUEST when the name was untagged).
 */
final class Projections {

    /** What a projection calls: the vote, or a place or seat whose vote it is. */
    private static final Set<String> VOTES = Set.of("election", "race", "contest", "vote", "primary", "caucus",
            "seat", "state");

    /** Months and weekdays: "called an election for June", "for Thursday". */
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "spring", "summer", "autumn", "fall", "winter");

    private Projections() {
    }

    /**
     * Whether CALL's object is a vote (or a place, {@code place}) and a "for" phrase, on the verb or the object,
     * names a candidate: a person ({@code person}), or a name or a noun of people that is no time ({@code time}).
     */
    static boolean called(SentenceGraph g, int v, IntPredicate person, IntPredicate place, IntPredicate time) {
        if (!g.lemmas[v].equalsIgnoreCase("call")) return false;
        int called = g.isPassive(v) ? g.child(v, "nsubj:pass") : g.child(v, "obj");
        if (called < 0 || !VOTES.contains(g.lemmas[called].toLowerCase()) && !place.test(called)) return false;
        IntPredicate candidate = c -> person.test(c) || !time.test(c) && !dated(g, c)
                && (g.pos(c).startsWith("NNP") || PeopleNouns.contains(g.forms[c], g.lemmas[c]));
        return winnerNamed(g, v, candidate) || winnerNamed(g, called, candidate);
    }

    /** A date the time stage may have missed: a calendar name or a noun with a number ("June 8", "May 2026"). */
    private static boolean dated(SentenceGraph g, int c) {
        return CALENDAR.contains(g.lemmas[c].toLowerCase(Locale.ROOT)) || g.child(c, "nummod") >= 0;
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
