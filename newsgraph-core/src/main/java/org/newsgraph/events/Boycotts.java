package org.newsgraph.events;

import java.util.List;
import java.util.Locale;
import org.newsgraph.model.EventActor;

/**
 * CAMEO files a boycott twice: imposed by a state or an international body it cuts relations (163, "impose
 * embargo, boycott, or sanctions"); conducted by the governed it is dissent (143, "conduct strike or boycott",
 * PLOVER PROTEST, mode "boycott"). The dictionary gives BOYCOTT 163 and codes the dissent only when an election, a
 * vote or a parliamentary debate is boycotted, so "opposition parties boycotted parliament" and "students boycotted
 * classes" were sanctions. A boycott whose every doer the agent dictionaries code as a sector of the governed (an
 * opposition party, a union, students, civilians) is dissent; a state named alone (no sector), an authority of one
 * (government, legislature, courts, police, army, intelligence) or an international body keeps 163.
 */
final class Boycotts {

    private static final String IMPOSED = "163";
    private static final String CONDUCTED = "143";

    private Boycotts() {
    }

    /** {@code coded}, or the dissent of the governed when they are who boycotts. */
    static VerbMatcher.Coded byTheGoverned(SentenceGraph g, int v, VerbMatcher.Coded coded, List<EventActor> doers) {
        if (!IMPOSED.equals(coded.code()) || !g.lemmas[v].toLowerCase(Locale.ROOT).equals("boycott")
                || doers.isEmpty()) {
            return coded;
        }
        for (EventActor a : doers) {
            boolean international = a.code() != null && a.code().startsWith("IGO");
            if (a.sector() == null || international || EventCoder.authority(List.of(a))) return coded;
        }
        return new VerbMatcher.Coded(CONDUCTED, coded.reverseCode(), coded.lastToken(), coded.byDefault());
    }
}
