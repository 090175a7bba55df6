package org.newsgraph.events;

import java.util.List;
import org.newsgraph.model.EventActor;

/**
 * Whom an act without an object of its own is aimed at, when a clause hanging on it says so: the purpose it is
 * done for ("started a hunger strike to protest President Assad's failure", "blocked roads to press their demands
 * from Bouteflika's government": the protest is against them), and the condition a threat sets ("threatened to hold
 * a general strike unless Israel rescinded its annexation": a threat coerces whoever must comply, CAMEO 13).
 */
final class AimedTargets {

    private AimedTargets() {
    }

    /** The actors the purpose or, for a threat, the condition names; empty when none is named. */
    static List<EventActor> of(SentenceGraph g, int v, String code, DomesticCountry.ActorPhrases phrases) {
        boolean threat = code != null && code.startsWith("13");
        // a threat's condition may hang on the threatened act ("threatened to hold a strike unless ...")
        for (int x = v, steps = 0; x >= 0 && steps < 4; steps++) {
            for (int k = 0; k < g.childCount(x); k++) {
                int c = g.child(x, k);
                if (!g.baseRel(c).equals("advcl") || !g.isVerb(c)) continue;
                if (x == v && g.hasChildWord(c, "mark", "to")) {
                    List<EventActor> aimed = named(g, Arguments.targets(g, c, -1), phrases);
                    if (!aimed.isEmpty()) return aimed;
                }
                if (threat && (g.hasChildWord(c, "mark", "unless") || g.hasChildWord(c, "mark", "if"))) {
                    int subj = g.child(c, "nsubj");
                    List<EventActor> aimed = subj < 0 ? List.of() : named(g, List.of(subj), phrases);
                    if (!aimed.isEmpty()) return aimed;
                }
            }
            if (!threat) break;
            x = g.child(x, "xcomp");
        }
        return List.of();
    }

    private static List<EventActor> named(SentenceGraph g, List<Integer> heads, DomesticCountry.ActorPhrases phrases) {
        for (int t : heads) {
            if (Arguments.isLocative(g, t)) continue;
            List<EventActor> found = phrases.of(t);
            for (EventActor a : found) {
                if (a.country() != null || a.organization() != null || a.entity() != null) return found;
            }
        }
        return List.of();
    }
}
