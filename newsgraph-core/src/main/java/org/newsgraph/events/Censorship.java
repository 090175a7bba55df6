package org.newsgraph.events;

import java.util.List;
import java.util.Set;
import org.newsgraph.model.EventActor;

/**
 * CAMEO 1721, restricting political freedoms (PLOVER COERCE "restrict"), is what a state or an armed group does to
 * speech and the press: "Ethiopia shut down the internet in Tigray", "the junta closed down the newspaper". The
 * supplement reads it from shutting down, closing down, suspending or cutting off the internet or a medium, which a
 * company or an outlet also does to its own paper, channel or service ("the company closed down its newspaper after
 * years of losses"), restricting nobody's freedom. Such a restriction by doers that are all companies or outlets is
 * no event (2026-11-25).
 */
final class Censorship {

    static final String RESTRICTED_FREEDOMS = "1721";
    /** Companies and outlets: what they shut down is their own. */
    private static final Set<String> OWNERS = Set.of("BUS", "MED");

    private Censorship() {
    }

    /** Whether {@code code} restricts freedoms and every doer is a company or an outlet. */
    static boolean ownService(String code, List<EventActor> doers) {
        if (!RESTRICTED_FREEDOMS.equals(code) || doers.isEmpty()) return false;
        for (EventActor a : doers) {
            boolean owner = a.sector() != null && OWNERS.contains(a.sector()) || "MNC".equals(a.country());
            if (!owner) return false;
        }
        return true;
    }
}
