package org.newsgraph.events;

import java.util.List;
import java.util.Set;
import org.newsgraph.model.EventActor;

/**
 * CAMEO 192, occupying territory, is what an armed force or a state does to a place. The dictionary codes it from
 * verbs of ordinary movement and control ("moved into", "took control of", "resides"), because PETRARCH only ever
 * saw them with states and armed groups as actors; over all the resolved entities of ordinary news they are a team
 * moving into fourth place or a party taking control of a council (16 of 27 such events on the demo corpus and ECB+
 * in round 6). An occupation therefore needs an occupier that is armed or governing, or one with a state taking a
 * place that has one.
 */
final class Occupations {
    private static final Set<String> ARMED_OR_GOVERNING = Set.of("MIL", "REB", "INS", "UAF", "COP", "SPY", "GOV");

    private Occupations() {
    }

    static boolean plausible(String code, List<EventActor> sources, List<EventActor> targets) {
        if (code == null || !code.startsWith("192")) return true;
        for (EventActor s : sources) {
            if (s.sector() != null && ARMED_OR_GOVERNING.contains(s.sector())) return true;
        }
        return sources.stream().anyMatch(s -> s.country() != null)
                && targets.stream().anyMatch(t -> t.country() != null);
    }
}
