package org.newsgraph.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.newsgraph.model.EventActor;

/**
 * Whom an act without an object of its own is aimed at, when a clause hanging on it says so: the purpose it is
 * done for ("started a hunger strike to protest President Assad's failure", "blocked roads to press their demands
 * from Bouteflika's government": the protest is against them), and the condition a threat sets ("threatened to hold
 * a general strike unless Israel rescinded its annexation": a threat coerces whoever must comply, CAMEO 13, also
 * one named only by a sector, "unless the government resigned", whose country the sentence's place gives later).
 * A hostile act's purpose may also name those it is done for: "marched to demand the release of Kizza Besigye",
 * "protested to support the president" are not aimed at them ({@link #servedBy}). And the doers are never their own
 * target ("threatened to halt deliveries unless Russia received its payments", Russia being the threatener).
 */
final class AimedTargets {

    /** Verbs and nouns whose object one acts for, not against. */
    private static final Set<String> FOR = Set.of("release", "free", "freedom", "support", "help", "aid", "assist",
            "defend", "defence", "defense", "protect", "protection", "rescue", "save", "back");

    private AimedTargets() {
    }

    /** The actors the purpose or, for a threat, the condition names, none of them a source; empty when none. */
    static List<EventActor> of(SentenceGraph g, int v, String code, List<EventActor> sources,
                               DomesticCountry.ActorPhrases phrases) {
        boolean threat = code != null && code.startsWith("13");
        boolean protest = code != null && code.startsWith("14");
        // a threat's condition may hang on the threatened act ("threatened to hold a strike unless ...")
        for (int x = v, steps = 0; x >= 0 && steps < 4; steps++) {
            for (int k = 0; k < g.childCount(x); k++) {
                int c = g.child(x, k);
                if (!g.isVerb(c)) continue;
                if (x == v && protest && participialPurpose(g, c)) {
                    List<EventActor> aimed = aimedAt(g, v, code, Arguments.targets(g, c, -1), sources, phrases, true);
                    if (!aimed.isEmpty()) return aimed;
                }
                if (!g.baseRel(c).equals("advcl")) continue;
                if (x == v && g.hasChildWord(c, "mark", "to")) {
                    List<EventActor> aimed = aimedAt(g, v, code, Arguments.targets(g, c, -1), sources, phrases, false);
                    if (!aimed.isEmpty()) return aimed;
                }
                if (threat && (g.hasChildWord(c, "mark", "unless") || g.hasChildWord(c, "mark", "if"))) {
                    int subj = g.child(c, "nsubj");
                    List<EventActor> aimed = subj < 0 ? List.of()
                            : aimedAt(g, v, code, List.of(subj), sources, phrases, true);
                    if (!aimed.isEmpty()) return aimed;
                }
            }
            if (!threat) break;
            x = g.child(x, "xcomp");
        }
        return List.of();
    }

    /**
     * The author of the act the trigger's object names, when the object is an act of the noun lexicon (a protest,
     * an attack, a meeting) and its author is named by "by", on the noun or on a participle that qualifies it
     * ("prevented the demonstration staged by students", "broke up a demonstration organised by Kurdish students"):
     * to repress or answer an act is to act on whoever did it, as "banned a march by trade unions" already is by the
     * object's own phrase. None of them a source; empty when none.
     */
    static List<EventActor> authorOfObject(SentenceGraph g, int v, List<EventActor> sources, IntPredicate act,
                                           DomesticCountry.ActorPhrases phrases) {
        int object = g.child(v, "obj");
        if (object < 0 || !act.test(object)) return List.of();
        int author = byPhrase(g, object);
        for (int k = 0; author < 0 && k < g.childCount(object); k++) {
            int c = g.child(object, k);
            if (g.baseRel(c).equals("acl") && g.pos(c).equals("VBN")) author = byPhrase(g, c);
        }
        if (author < 0) return List.of();
        List<EventActor> found = new ArrayList<>(phrases.of(author));
        found.removeIf(a -> isSource(a, sources));
        return found;
    }

    private static int byPhrase(SentenceGraph g, int head) {
        for (int k = 0; k < g.childCount(head); k++) {
            int c = g.child(head, k);
            String rel = g.baseRel(c);
            if ((rel.equals("nmod") || rel.equals("obl")) && "by".equals(Arguments.caseOf(g, c))) return c;
        }
        return -1;
    }

    /**
     * Whether {@code t}, an argument that a clause under the trigger {@code v} gives it, names whom a hostile act
     * (CAMEO 10 and above: demands, protests, force) is done for: the object of a release, support or help ("to
     * demand the release of X", "to defend X"). A cooperative act's beneficiary is its counterpart ("met to support
     * Haiti"), and the trigger's own object is its own ("demanded the release of X" is a demand about X).
     */
    static boolean servedBy(SentenceGraph g, int v, int t, String code) {
        if (code == null || code.compareTo("10") < 0 || g.head(t) == v || g.head(t) < 0) return false;
        return FOR.contains(g.lemmas[t].toLowerCase()) || FOR.contains(g.lemmas[g.head(t)].toLowerCase());
    }

    /**
     * "marched through Jakarta demanding the resignation of the president", "rallied in Seoul, protesting the arrest
     * of union leaders": after a protest (CAMEO 14), a present participle with no subject or conjunction of its own
     * says what its doers protest, as an infinitive of purpose does. The parser hangs it as an adverbial clause or,
     * after a comma or a place, as a bare dependent. After other acts such a participle is as often a second act or
     * a circumstance ("urged anyone to contact police by calling 101", "criticized the move, arguing ...",
     * "considered him a flight risk, prior to setting the bond": on the demo most of them, session 21).
     */
    private static boolean participialPurpose(SentenceGraph g, int c) {
        String r = g.baseRel(c);
        return (r.equals("advcl") || r.equals("dep")) && g.pos(c).equals("VBG") && g.child(c, "nsubj") < 0
                && g.child(c, "mark") < 0 && g.head(c) < c;
    }

    /**
     * The first named actor the heads give, none of them a source; with {@code sectorOnly}, else the first named only
     * by a sector ("demanding the resignation of the president", whose country the sentence's place gives later,
     * as it does a sector-only object).
     */
    private static List<EventActor> aimedAt(SentenceGraph g, int v, String code, List<Integer> heads,
                                            List<EventActor> sources, DomesticCountry.ActorPhrases phrases,
                                            boolean sectorOnlyToo) {
        List<EventActor> sectorOnly = List.of();
        for (int t : heads) {
            if (Arguments.isLocative(g, t) || servedBy(g, v, t, code)) continue;
            List<EventActor> found = new ArrayList<>(phrases.of(t));
            found.removeIf(a -> isSource(a, sources));
            if (ActorBuilder.named(found)) return found;
            if (sectorOnly.isEmpty()) sectorOnly = found;
        }
        return sectorOnlyToo ? sectorOnly : List.of();
    }

    private static boolean isSource(EventActor a, List<EventActor> sources) {
        for (EventActor s : sources) {
            if (a.span().equals(s.span()) || a.entity() != null && a.entity().equals(s.entity())) return true;
        }
        return false;
    }
}
