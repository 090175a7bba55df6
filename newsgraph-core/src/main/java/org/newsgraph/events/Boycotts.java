package org.newsgraph.events;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.EventActor;

/**
 * CAMEO files a boycott twice: imposed by a state or an international body it cuts relations (163, "impose
 * embargo, boycott, or sanctions"); conducted by the governed it is dissent (143, "conduct strike or boycott",
 * PLOVER PROTEST, mode "boycott"). The dictionary gives BOYCOTT 163 and codes the dissent only when an election, a
 * vote or a parliamentary debate is boycotted, so "opposition parties boycotted parliament" and "students boycotted
 * classes" were sanctions. A boycott whose every doer the agent dictionaries code as a sector of the governed (an
 * opposition party, a union, students, civilians) is dissent; a state named alone (no sector), an authority of one
 * (government, legislature, courts, police, army, intelligence) or an international body keeps 163.
 * Blocking is filed the same way (session 23): imposed it is coercion or a blockade (BLOCK's 170, BLOCKADE's 191,
 * PLOVER COERCE "repression, restrictions on rights ... coercive uses of power"); done by the governed to roads,
 * ports or buildings it is dissent (144, "obstruct passage, block", PLOVER PROTEST), which the dictionary codes only
 * for roads, traffic, entrances and convoys, so "opposition supporters blockaded the parliament" was the state's
 * coercion. Armed groups (rebels, insurgents, militias) do neither, and a company or an outlet blocking access to
 * its own service restricts it (the demo's "website GitHub blocked the public access to youtube-dl").
 */
final class Boycotts {

    /** The codes the dictionary gives each verb's act when it is imposed, and the act done as dissent. */
    private static final Map<String, List<String>> IMPOSED = Map.of(
            "boycott", List.of("163"), "block", List.of("170", "191"), "blockade", List.of("170", "191"));
    private static final Map<String, String> CONDUCTED = Map.of("boycott", "143", "block", "144", "blockade", "144");
    /** Armed groups that are no state's authority: their blockade is force, not dissent. */
    private static final Set<String> ARMED = Set.of("REB", "INS", "UAF");
    /** Companies and outlets: what they block is access to their own service ("the website blocked access"). */
    private static final Set<String> SERVICES = Set.of("BUS", "MED");

    private Boycotts() {
    }

    /** {@code coded}, or the dissent of the governed when they are who boycotts or blocks. */
    static VerbMatcher.Coded byTheGoverned(SentenceGraph g, int v, VerbMatcher.Coded coded, List<EventActor> doers) {
        String lemma = g.lemmas[v].toLowerCase(Locale.ROOT);
        if (coded.code() == null || !IMPOSED.getOrDefault(lemma, List.of()).contains(coded.code()) || doers.isEmpty()) {
            return coded;
        }
        for (EventActor a : doers) {
            boolean international = a.code() != null && a.code().startsWith("IGO");
            if (a.sector() == null || international || EventCoder.authority(List.of(a)) || ARMED.contains(a.sector())) {
                return coded;
            }
            if (!lemma.equals("boycott") && SERVICES.contains(a.sector())) return coded;
        }
        return new VerbMatcher.Coded(CONDUCTED.get(lemma), coded.reverseCode(), coded.lastToken(), coded.byDefault());
    }
}
