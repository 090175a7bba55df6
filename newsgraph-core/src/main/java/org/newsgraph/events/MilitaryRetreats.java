package org.newsgraph.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.newsgraph.model.EventActor;

/**
 * PLOVER's RETREAT covers "a military retreat from, or ceding, territory" once it is done; its CONCEDE takes only
 * declarations of withdrawals. The dictionary's blocks of retreating and yielding (WITHDRAW, PULL BACK, RETREAT,
 * DISENGAGE, ABANDON, SURRENDER, CEDE ...) give these verbs the block's default 080, yield (CONCEDE), and the military
 * retreat (0874, "retreat or surrender militarily") only when a pattern names troops or forces as the object, so
 * "rebel fighters withdrew from the town", "the army pulled back from its positions" and "Ethiopia withdrew from the
 * disputed town of Badme" were concessions. A retreat by armed doers (army, rebels, insurgents, militias), or away
 * from a place the clause names, is the military retreat; "the government withdrew its draft law" and "withdrew
 * from the talks" stay 080. A promised or announced retreat is composed from 0874 as from any act.
 */
final class MilitaryRetreats {

    private static final String YIELDED = "080";
    private static final String RETREATED = "0874";
    private static final Set<String> RETREATING = Set.of("withdraw", "retreat", "pull", "draw", "disengage",
            "abandon", "surrender", "cede", "evacuate", "vacate");
    private static final Set<String> ARMED = Set.of("MIL", "REB", "INS", "UAF");

    private MilitaryRetreats() {
    }

    /** {@code coded}, or the military retreat when armed doers or a place make the yielding verb one. */
    static VerbMatcher.Coded retreated(SentenceGraph g, int v, VerbMatcher.Coded coded, List<EventActor> doers,
                                       IntPredicate location) {
        if (!YIELDED.equals(coded.code()) || !RETREATING.contains(g.lemmas[v].toLowerCase(Locale.ROOT))) return coded;
        boolean armed = !doers.isEmpty();
        for (EventActor a : doers) armed &= a.sector() != null && ARMED.contains(a.sector());
        if (!armed && !fromPlace(g, v, location)) return coded;
        return new VerbMatcher.Coded(RETREATED, null, coded.lastToken(), coded.byDefault());
    }

    /** "withdrew from the town of Badme", "pulled out of Zahle": a phrase of the verb or its particle naming a place. */
    private static boolean fromPlace(SentenceGraph g, int v, IntPredicate location) {
        for (int k = 0; k < g.childCount(v); k++) {
            int c = g.child(v, k);
            if (c > v && (g.rel(c).equals("compound:prt") || g.rel(c).equals("advmod")) && fromPlace(g, c, location)) {
                return true;
            }
            String kase = g.baseRel(c).equals("obl") ? Arguments.caseOf(g, c) : null;
            if (!"from".equals(kase) && !"of".equals(kase)) continue;
            if (location.test(c)) return true;
            for (int j = 0; j < g.childCount(c); j++) {
                int n = g.child(c, j);
                if (g.baseRel(n).equals("nmod") && "of".equals(Arguments.caseOf(g, n)) && location.test(n)) return true;
            }
        }
        return false;
    }
}
