package org.newsgraph.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import org.newsgraph.model.EventActor;

/**
 * The supplement codes pulling out of a deal, pact or accord 161 (reduce relations), the dictionary's code for
 * withdrawing from a treaty: a state leaving what it agreed with another ("The United States pulled out of the
 * nuclear deal with Iran", "Colombia pulled out of the trade pact"). Companies and clubs pull out of deals too,
 * to buy, sell or sign ("Vodafone pulled out of a deal to buy a broadband firm", "Real Madrid pulled out of a deal
 * to sign the striker"), which reduce no relations. So the withdrawal stands only with a state on one side, and
 * a deal that takes an infinitive is a purchase or a signing unless a state is its counterpart. A state is an
 * actor the dictionaries code as an authority or an international body, or one named as a place ("Moscow") and
 * not within an organisation's name ("Shell", coded by the country of its assets). The dictionaries read "Madrid"
 * in "Real Madrid" as Spain's government, so only the infinitive keeps the club's signing out.
 */
final class StateDeals {

    private static final Set<String> LEAVING = Set.of("pull", "withdraw");
    /** What the supplement's PULL OUT and WITHDRAW frames leave; a treaty is the dictionary's own and stays. */
    private static final Set<String> DEALS = Set.of("deal", "pact", "accord", "agreement");
    /** Arms the dictionary's &WEAPON set does not list by their plain names. */
    private static final Set<String> ARMS = Set.of("arms", "weapon", "missile", "tank", "submarine", "warship",
            "frigate", "destroyer", "jet", "fighter", "helicopter", "drone", "howitzer");
    /** "armoured vehicles", "armored cars": a vehicle of war by its modifier. */
    private static final Set<String> ARMOURED = Set.of("armoured", "armored", "military", "fighter");

    private StateDeals() {
    }

    /**
     * Whether the verb's 161 leaves a deal, pact or accord (an oblique of the verb) that is no state's:
     * nobody on either side is a state ({@code placeNamed}, {@code organisationNamed}: whether an actor's words
     * are a place's or an organisation's name), or the deal takes an infinitive and no target is a state, unless a
     * state buys arms ({@code arms}: the dictionary's weapons).
     */
    static boolean commercial(SentenceGraph g, int v, String code, List<EventActor> doers, List<EventActor> others,
                              Predicate<EventActor> placeNamed, Predicate<EventActor> organisationNamed,
                              IntPredicate arms) {
        if (!"161".equals(code) || !LEAVING.contains(g.lemmas[v].toLowerCase(Locale.ROOT))) return false;
        int deal = dealLeft(g, v);
        if (deal < 0) return false;
        boolean stateTarget = anyState(others, placeNamed, organisationNamed);
        boolean stateDoer = anyState(doers, placeNamed, organisationNamed);
        if (!stateTarget && !stateDoer) return true;
        int purchase = infinitive(g, deal);
        return !stateTarget && purchase >= 0 && !(stateDoer && armsBought(g, purchase, arms));
    }

    /**
     * "a deal to buy Russian missiles", "French submarines", "armoured vehicles": arms are sold with the seller's
     * state's licence and bought by a state's forces, so a state leaving an arms purchase leaves a deal between
     * states, whoever the parser and dictionaries make the target (the missiles, coded by their country alone).
     */
    private static boolean armsBought(SentenceGraph g, int purchase, IntPredicate arms) {
        int bought = g.child(purchase, "obj");
        if (bought < 0) return false;
        if (arms.test(bought) || ARMS.contains(g.lemmas[bought].toLowerCase(Locale.ROOT))) return true;
        for (int k = 0; k < g.childCount(bought); k++) {
            int c = g.child(bought, k);
            String r = g.baseRel(c);
            if ((r.equals("amod") || r.equals("compound")) && (ARMOURED.contains(g.lemmas[c].toLowerCase(Locale.ROOT))
                    || arms.test(c))) {
                return true;
            }
        }
        return false;
    }

    /** The deal under the verb, or under its particle: the parser hangs "out of a deal" on "out". */
    private static int dealLeft(SentenceGraph g, int v) {
        int deal = dealUnder(g, v);
        for (int k = 0; k < g.childCount(v) && deal < 0; k++) {
            int c = g.child(v, k);
            if (g.lemmas[c].equalsIgnoreCase("out")) deal = dealUnder(g, c);
        }
        return deal;
    }

    private static int dealUnder(SentenceGraph g, int head) {
        for (int k = 0; k < g.childCount(head); k++) {
            int c = g.child(head, k);
            String r = g.baseRel(c);
            if ((r.equals("obl") || r.equals("nmod")) && DEALS.contains(g.lemmas[c].toLowerCase(Locale.ROOT))) return c;
        }
        return -1;
    }

    /** "a deal to buy", "a deal to sign the striker": the deal's clause, or the infinitive right after it; or -1. */
    private static int infinitive(SentenceGraph g, int deal) {
        for (int k = 0; k < g.childCount(deal); k++) {
            int c = g.child(deal, k);
            if (g.baseRel(c).equals("acl") && g.isVerb(c) && g.hasChildWord(c, "mark", "to")) return c;
        }
        return deal + 2 < g.size && g.lemmas[deal + 1].equalsIgnoreCase("to") && g.isVerb(deal + 2)
                && g.pos(deal + 2).equals("VB") ? deal + 2 : -1;
    }

    private static boolean anyState(List<EventActor> actors, Predicate<EventActor> placeNamed,
                                    Predicate<EventActor> organisationNamed) {
        for (EventActor a : actors) {
            boolean international = a.code() != null && a.code().startsWith("IGO");
            if (international || EventCoder.authority(List.of(a))
                    || placeNamed.test(a) && !organisationNamed.test(a)) {
                return true;
            }
        }
        return false;
    }
}
