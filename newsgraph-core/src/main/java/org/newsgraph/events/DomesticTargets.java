package org.newsgraph.events;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.newsgraph.model.EventActor;
import org.newsgraph.pipeline.PeopleNouns;

/**
 * A protest names no one it is against as often as not ("opposition parties staged a general strike in Nepal",
 * "supporters of the former president blocked roads in Algiers"): the governed demonstrate against those who govern
 * them, and the CAMEO manual's examples, as PLOVER's gold records code them, take the government of the country
 * where the protest happened as its target. So a protest (CAMEO 14) whose doers are all of the governed, done in a
 * place the sentence names as a state's (a country, its capital or a city the dictionaries place), is aimed at that
 * state's government, written as the place's own phrase coded as the government (the GSR's convention for a
 * capital) and linked to no entity; its doers must be of that state (or of none): "Kurds protested in Berlin" says
 * nothing of what Germany did. Authorities, international bodies and a state named alone protest to someone, and are
 * left without one; a protest that names what it is against or held at, an actor or not, is aimed at that.
 * The other way round (session 24), restrictions a government imposes on the governed (CAMEO 172x: curfews, bans on
 * demonstrations, martial law, also when only threatened: "ready to impose martial law as battles raged in central
 * Baghdad") name no one as often: they are aimed at the people of the place (CVL), for an authority of that state.
 * Workers whose words name their employer ("workers at three Ford plants", "Lufthansa pilots", "employees of the
 * port operator") strike against it, not against the government of where the plant is (session 26).
 */
final class DomesticTargets {

    /** Cases of a phrase naming a worker's employer: "workers at the plant", "employees of the company". */
    private static final Set<String> EMPLOYER_CASES = Set.of("at", "of");

    /** Cases of a phrase a protest is aimed at or held at: "against a planned wind farm", "outside the embassy". */
    private static final Set<String> AIMED = Set.of("against", "at", "outside");

    private DomesticTargets() {
    }

    /**
     * Whether the trigger or the event noun names what the protest is against or at, an actor or not ("protested
     * against a planned wind farm", "staged a protest at the headquarters of an oil company"): then that is its
     * aim, not the government of the place.
     */
    private static boolean namesItsAim(SentenceGraph g, int v, int noun) {
        for (int head : new int[] {v, noun}) {
            for (int k = 0; head >= 0 && k < g.childCount(head); k++) {
                int c = g.child(head, k);
                String r = g.baseRel(c);
                String kase = r.equals("obl") || r.equals("nmod") ? Arguments.caseOf(g, c) : null;
                if (kase != null && AIMED.contains(kase)) return true;
            }
        }
        return false;
    }

    /**
     * Whether labour doers are named by their employer: an organisation's name as a compound ("Ford workers",
     * "Lufthansa pilots") or possessor ("Boeing's machinists"), {@code organization} judging a token, or an "at"/"of" phrase ("workers at the Volkswagen plant",
     * "employees of the port operator") on the subject's head.
     */
    private static boolean employerNamed(SentenceGraph g, int subject, List<EventActor> sources,
                                         IntPredicate organization) {
        if (subject < 0) return false;
        for (EventActor a : sources) if (!"LAB".equals(a.sector())) return false;
        for (int k = 0; k < g.childCount(subject); k++) {
            int c = g.child(subject, k);
            String r = g.rel(c);
            if ((r.equals("compound") || r.equals("nmod:poss")) && organization.test(c)) return true;
            // "thousands of workers": a phrase of the workers themselves names no employer
            if (g.baseRel(c).equals("nmod") && EMPLOYER_CASES.contains(String.valueOf(Arguments.caseOf(g, c)))
                    && !PeopleNouns.contains(g.forms[c], g.lemmas[c])) {
                return true;
            }
        }
        return false;
    }

    /**
     * The place's government when a protest of the governed names no target and no aim, the place's people when a
     * restriction an authority imposes names none, else {@code targets}.
     *
     * @param v the trigger's verb
     * @param noun the event noun when the verb reports one ("staged a protest"), else {@code v}
     * @param placed the actor of the locative phrase nearest the trigger that names a state, or null; asked last
     * @param stateNamedAlone whether an actor is a state named by its own name ("Pakistan"), no group of it
     * @param organization whether a token is part of an organisation's name
     */
    static List<EventActor> aimedAt(SentenceGraph g, int v, int noun, String code, List<EventActor> sources,
                                    List<EventActor> targets, Supplier<EventActor> placed,
                                    Predicate<EventActor> stateNamedAlone, IntPredicate organization) {
        boolean protest = code != null && code.startsWith("14");
        boolean restriction = code != null && code.startsWith("172") && code.length() == 4;
        if (!protest && !restriction || !targets.isEmpty() || sources.isEmpty()) return targets;
        if (protest && namesItsAim(g, v, noun)) return targets;
        if (protest && employerNamed(g, Arguments.source(g, v), sources, organization)) return targets;
        for (EventActor a : sources) {
            boolean international = a.organization() != null && a.country() == null
                    || a.code() != null && a.code().startsWith("IGO");
            boolean authority = EventCoder.authority(List.of(a));
            if (international || (protest ? authority || stateNamedAlone.test(a) : !authority)) return targets;
        }
        EventActor place = placed.get();
        if (place == null) return targets;
        for (EventActor a : sources) if (a.country() != null && !a.country().equals(place.country())) return targets;
        String sector = protest ? "GOV" : "CVL";
        String cameo = new ActorCode(place.country(), sector, null).cameo();
        // the government is no entity the place's name links to ("Bangladesh" may be the doers' own entity too,
        // "opposition parties in Bangladesh", which would make the protest the doers' act on themselves)
        return List.of(new EventActor(place.text(), place.span(), null, place.country(), sector, null, cameo));
    }
}
