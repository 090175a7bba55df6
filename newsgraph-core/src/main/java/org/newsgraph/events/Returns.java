package org.newsgraph.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.newsgraph.model.EventActor;

/**
 * RETURN what was seized, stolen or captured and GIVE BACK (the supplement's 084 frames) are a state's or an
 * army's giving back of territory, property or prisoners ("Germany gave back the looted bronzes to Nigeria"), but
 * police, courts, farmers and companies also give back what was taken to its owners ("the police returned the stolen
 * bicycles to their owners", "the farmer returned the stolen cattle to his neighbour"), which is no political act.
 * So the return stands when a government, an army, an international body or a state named alone gives it back, or
 * when the one it is given back to is an actor the dictionaries code (2026-11-25). The same holds for what CUT OFF
 * stops (162, the dictionary's "cut off supplies" and the supplement's electricity, power, water, gas and fuel):
 * a state cutting off electricity to Gaza or gas to Ukraine reduces aid, a utility cutting off the power of
 * homes that did not pay, or a storm's outage, does not (session 28).
 */
final class Returns {

    private static final Set<String> GIVING_BACK = Set.of("return", "give");
    private static final Set<String> CUTTING_OFF = Set.of("cut");
    private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL");

    private Returns() {
    }

    /**
     * Whether a return (084) by RETURN or GIVE BACK, or supplies stopped (162) by CUT, go from no state to no coded
     * actor.
     */
    static boolean privately(SentenceGraph g, int v, String code, List<EventActor> doers, List<EventActor> others,
                             Predicate<EventActor> stateNamedAlone) {
        if (code == null) return false;
        String lemma = g.lemmas[v].toLowerCase(Locale.ROOT);
        boolean returned = code.startsWith("084") && GIVING_BACK.contains(lemma);
        boolean stopped = code.equals("162") && CUTTING_OFF.contains(lemma);
        if (!returned && !stopped) return false;
        for (EventActor a : others) if (a.country() != null || a.sector() != null) return false;
        for (EventActor a : doers) {
            boolean international = a.code() != null && a.code().startsWith("IGO");
            if (international || a.sector() != null && STATE_SECTORS.contains(a.sector()) || stateNamedAlone.test(a)) {
                return false;
            }
        }
        return true;
    }
}
