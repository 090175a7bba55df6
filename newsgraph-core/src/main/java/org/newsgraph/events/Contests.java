package org.newsgraph.events;

import java.util.List;
import java.util.Set;
import org.newsgraph.model.EventActor;

/**
 * The dictionary files the verbs of winning (DEFEAT, BEAT, BEST, OVERCOME ...) in its DESTROY block, as force
 * (190), and vetoes their other sense only by the words PETRARCH met ("- * GOVERNMENT [---] # DEFEAT", "CANDIDATE",
 * "CONTESTANTS", "(IN ELECTION)"): beating a government, a candidate or a contestant is no violence. Over ordinary
 * news the beaten are mostly named athletes, clubs, companies, candidates and national teams ("Federer defeated
 * Nadal", "EADS defeated Boeing for the contract", "Pakistan defeated India"), which no word of those vetoes names.
 * So a win is force only when a party is armed (the agent codes of soldiers, rebels, insurgents, police, spies, or
 * a militant group) or someone is beaten who is named by a common noun ("a mob beat a man", "beat protesters"); a
 * win over a name, or over nothing ("beat predictions"), by no armed party is a contest. The price: a war between
 * states named by their names alone ("Germany defeated France in 1870") is no longer violence.
 */
final class Contests {
    /** The DESTROY block's verbs whose object is an opponent beaten, not a thing destroyed. */
    private static final Set<String> WINNING = Set.of("defeat", "beat", "best", "overcome", "overpower",
            "overwhelm");
    private static final Set<String> ARMED = Set.of("MIL", "REB", "INS", "UAF", "COP", "SPY");

    private Contests() {
    }

    /**
     * Whether a violent code on a verb of winning reports a contest rather than force. A verb with a particle is
     * another verb ("beat back an offensive" repels it).
     */
    static boolean won(SentenceGraph g, int v, String code, List<EventActor> sources, List<EventActor> targets) {
        if (code == null || code.compareTo("18") < 0 || !WINNING.contains(g.lemmas[v].toLowerCase())
                || g.child(v, "compound:prt") >= 0) {
            return false;
        }
        for (EventActor a : sources) if (armed(a)) return false;
        for (EventActor t : targets) if (armed(t) || t.entity() == null) return false;
        return true;
    }

    private static boolean armed(EventActor a) {
        return a.sector() != null && ARMED.contains(a.sector()) || a.code() != null && a.code().startsWith("IMG");
    }
}
