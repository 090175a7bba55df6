package org.newsgraph.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.EventActor;

/**
 * The supplement codes expressing, showing or signalling willingness or readiness 030, announcing the intent to
 * cooperate, after the dictionary's own SIGNAL and EXPRESS entries: "Moscow expressed willingness to hold talks
 * with Kyiv". Said of shoppers, investors or home buyers ("expressed willingness to pay more", "to buy the bonds")
 * it is a survey's finding about a market, nobody's intent towards anyone. Without a target the announcement
 * stands only for a doer that is neither civilians nor business, and coded at all: a government, a party, an
 * armed group, an international body. The dictionary's "ANNOUNCE * PLANS" (030) is the same announcement: "General
 * Motors announced plans to shut down 1,100 dealerships" is a company's decision about itself (2026-11-25, when the
 * parse repair of {@link SentenceGraph} gave ANNOUNCE its object).
 */
final class Willingness {

    private static final Set<String> SAYING = Set.of("express", "show", "declare", "signal", "voice", "reaffirm",
            "announce", "reiterate", "unveil");
    private static final Set<String> WILLING = Set.of("willingness", "readiness", "eagerness", "preparedness", "plan");
    /** The agent dictionaries' sectors of the market's people. */
    private static final Set<String> MARKET = Set.of("CVL", "BUS");

    private Willingness() {
    }

    /** Whether the verb's 030 is a willingness aimed at nobody and said of no political doer. */
    static boolean ofTheMarket(SentenceGraph g, int v, String code, List<EventActor> doers, List<EventActor> others) {
        if (!"030".equals(code) || !others.isEmpty() || !SAYING.contains(g.lemmas[v].toLowerCase(Locale.ROOT))) {
            return false;
        }
        int object = g.child(v, "obj");
        if (object < 0 || !WILLING.contains(g.lemmas[object].toLowerCase(Locale.ROOT))) return false;
        for (EventActor a : doers) {
            boolean uncoded = a.country() == null && a.sector() == null && a.organization() == null;
            boolean market = a.sector() != null && MARKET.contains(a.sector()) || "MNC".equals(a.country());
            if (!uncoded && !market) return false;
        }
        return true;
    }
}
