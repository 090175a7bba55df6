package org.newsgraph.events;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.newsgraph.model.EventActor;

/**
 * The CAMEO convention for actors the text gives no country ("police", "opposition leaders", "Judge Alejandro
 * Rivera"): they are domestic, so they take the country of the place the sentence puts the event in ("in Baku",
 * "in central Baghdad"), else the country of their counterpart ("opened investigations against Chilean officials").
 * International actors (an organisation code) and actors with a country keep theirs. This misreads a foreign
 * person the dictionaries lack ("President Francois Mitterand welcomed South African leader de Klerk": ZAF); keeping
 * named persons out of the counterpart rule lost more domestic ones than it saved on the development half.
 */
final class DomesticCountry {

    private DomesticCountry() {
    }

    /**
     * The country of the sentence's place nearest {@code v}: a prepositional object "in"/"at" that is a named place
     * and whose phrase, or a place in apposition to it ("in Idlib province, Syria"), names a state (a country or its
     * capital), or null. An event is no place, whoever's it is: "died in a Russian air strike" names where the
     * strike came from, not where the dead were.
     */
    static String place(SentenceGraph g, int v, ActorPhrases phrases, IntPredicate event) {
        int head = placeHead(g, v, phrases, event);
        return head < 0 ? null : placeActor(g, head, phrases).country();
    }

    /** The head of the phrase {@link #place} takes its country from, or -1. */
    static int placeHead(SentenceGraph g, int v, ActorPhrases phrases, IntPredicate event) {
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int t = 0; t < g.size; t++) {
            String r = g.baseRel(t);
            if (!(r.equals("obl") || r.equals("nmod")) || !Arguments.isLocative(g, t) || !namesPlace(g, t)) continue;
            int distance = Math.abs(t - v);
            if (distance >= bestDistance || event.test(t)) continue;
            if (placeActor(g, t, phrases) != null) {
                best = t;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * The actor of a locative phrase that names a state, or of a place in apposition to it ("in Idlib province,
     * Syria"), or null.
     */
    static EventActor placeActor(SentenceGraph g, int t, ActorPhrases phrases) {
        EventActor state = stateActor(phrases.of(t));
        for (int k = 0; k < g.childCount(t) && state == null; k++) {
            int c = g.child(t, k);
            if (g.rel(c).equals("appos")) state = stateActor(phrases.of(c));
        }
        return state;
    }

    private static EventActor stateActor(List<EventActor> actors) {
        for (EventActor a : actors) if (isState(a.country())) return a;
        return null;
    }

    private static String state(List<EventActor> actors) {
        EventActor a = stateActor(actors);
        return a == null ? null : a.country();
    }

    /**
     * Whether a locative phrase is itself a named place ("in Baku", "in the Bosnian capital", "in Iraq's north",
     * "in the city of Hebron"), not a happening that merely mentions one ("in an investigation of arms sales to
     * Croatia": Croatia is no place of the event).
     */
    static boolean namesPlace(SentenceGraph g, int head) {
        if (g.pos(head).startsWith("NNP")) return true;
        for (int k = 0; k < g.childCount(head); k++) {
            int c = g.child(head, k);
            String r = g.rel(c);
            boolean modifier = r.equals("amod") || r.equals("compound") || r.equals("nmod:poss");
            boolean ofName = g.baseRel(c).equals("nmod") && "of".equals(Arguments.caseOf(g, c));
            if ((modifier || ofName) && capitalised(g.forms[c]) && !g.pos(c).startsWith("PRP")) return true;
        }
        return false;
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    /**
     * The actors with a country filled where they had none: from {@code place}, else, for a group named by its
     * sector, from a state coordinated with it, else from a counterpart.
     */
    static List<EventActor> fill(List<EventActor> actors, String place, List<EventActor> counterparts) {
        String fallback = place != null ? place : state(counterparts);
        String side = place != null ? null : country(actors);
        if (fallback == null && side == null) return actors;
        List<EventActor> out = null;
        for (int i = 0; i < actors.size(); i++) {
            EventActor a = actors.get(i);
            if (a.country() != null || a.organization() != null) continue;
            // "mediated between the Sri Lankan government and Tamil rebels", "Israeli troops and settlers": a group
            // coordinated with a country's actor is on that side, nearer than the other side; only a group named by
            // its sector, for a person, a place or a thing so coordinated ("the Hang Seng and Singapore Straits
            // Times", "Aktobe" beside Russia) need not share the other's country (demo, session 22)
            String country = side != null && a.sector() != null ? side : fallback;
            if (country == null) continue;
            if (out == null) out = new ArrayList<>(actors);
            out.set(i, withCountry(a, country));
        }
        return out == null ? actors : out;
    }

    /** The first country among the actors that is a state ({@link ActorCode#state}: no "PPL" of "a man"). */
    private static String country(List<EventActor> actors) {
        for (EventActor a : actors) if (a.country() != null && ActorCode.state(a.country())) return a.country();
        return null;
    }

    private static boolean isState(String country) {
        return country != null && !ActorCode.INTERNATIONAL.contains(country);
    }

    static EventActor withCountry(EventActor a, String country) {
        String cameo = new ActorCode(country, a.sector(), a.organization()).cameo();
        return new EventActor(a.text(), a.span(), a.entity(), country, a.sector(), a.organization(), cameo);
    }

    /** The actors a phrase head names (the coder's resolution, with its entities and date). */
    interface ActorPhrases {
        List<EventActor> of(int head);
    }
}
