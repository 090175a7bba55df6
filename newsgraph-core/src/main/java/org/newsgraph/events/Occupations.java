package org.newsgraph.events;

import java.util.List;
import java.util.Set;
import org.newsgraph.model.EventActor;

/**
 * CAMEO 192, occupying territory, is what an armed force or a state does to a place. The dictionary codes it from
 * verbs of ordinary movement and control ("moved into", "took control of", "occupied"), because PETRARCH only ever
 * met them with states and armed groups as actors; over all the resolved entities of ordinary news they are also a
 * club moving into fourth place or a party taking control of a council or occupying seats. An occupation therefore
 * needs an occupier that is armed or governing, or a state itself; without a named occupier ("the town was
 * recaptured") it stands, as other material conflict does.
 */
final class Occupations {
    private static final Set<String> ARMED_OR_GOVERNING = Set.of("MIL", "REB", "INS", "UAF", "COP", "SPY", "GOV");

    private Occupations() {
    }

    static boolean plausible(String code, List<EventActor> sources) {
        if (code == null || !code.startsWith("192") || sources.isEmpty()) return true;
        for (EventActor s : sources) {
            if (s.sector() != null ? ARMED_OR_GOVERNING.contains(s.sector())
                    : s.country() != null && !ActorCode.INTERNATIONAL.contains(s.country())) {
                return true;
            }
        }
        return false;
    }
}
