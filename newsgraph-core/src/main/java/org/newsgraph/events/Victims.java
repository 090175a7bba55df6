package org.newsgraph.events;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Violence reported by its victims, whose doer the sentence may not name: "three soldiers died in an ambush", "the
 * activist died in custody", "the mayor was killed by his attackers". The act is coded against the victim, by the
 * doer the words name or by nobody, as an agentless passive of violence is.
 */
final class Victims {

    /** What a death happened in or through: "died in an ambush", "during the shelling", "after the raid". */
    private static final Set<String> CIRCUMSTANCE = Set.of("in", "during", "after", "from", "under", "amid", "of");
    /**
     * A verb's dependents that say nothing of how its subject died: the subject itself, clauses of equal rank, and
     * an adverbial clause, which tells what else happened ("died of gunshot wounds after police opened fire").
     */
    private static final Set<String> OTHER_THAN_CAUSE = Set.of("nsubj", "nsubj:pass", "conj", "parataxis", "punct",
            "cc", "csubj", "advcl");
    /** Modifiers that a listed cause of death may begin with: "traffic accident", "natural causes". */
    private static final Set<String> MODIFIERS = Set.of("compound", "amod");

    private Victims() {
    }

    /**
     * Whether a pattern coded only violence done to the subject ("DIE * (IN &DETENTION) [:184]", "(IN {SUICIDE
     * BOMBING}) [:1831]"): the subject suffered it and the clause does not say who did it. Not other acts coded so
     * ("received loans from the government" [:071]), whose doer the clause names as the verb's target.
     */
    static boolean sufferedOnly(VerbMatcher.Coded coded) {
        return coded != null && coded.code() == null && violence(coded.reverseCode());
    }

    /**
     * For a verb our supplement silences because its subject suffers it ({@code DIE [---]}), the noun of an oblique
     * naming violence the dictionary codes ("died in an ambush": AMBUSH, "in a raid", "in a mortar attack"),
     * or -1: death as such is no event (illness, accidents, storms), death in an act of violence is that act against
     * the dead. Violence is CAMEO 18-20 and violent repression (175).
     */
    static int violenceSuffered(SentenceGraph g, int v, VerbDictionary verbs, VerbMatcher matcher,
                                NominalEvents nominal, int[] scratch, IntPredicate actor) {
        // "died in a storm": the dictionary's own veto ("* (IN STORM) [---]") says the noun is no violence here
        if (!silent(verbs.senses(g.upperLemmas[v])) || matcher.vetoed(g, v, scratch)) return -1;
        for (int k = 0; k < g.childCount(v); k++) {
            int c = g.child(v, k);
            String kase = Arguments.caseOf(g, c);
            if (!g.baseRel(c).equals("obl") || kase == null || !CIRCUMSTANCE.contains(kase)) continue;
            if (violence(nominal.actCode(g, c, scratch)) && !foughtWithThing(g, c, actor)) return c;
        }
        return -1;
    }

    /**
     * "after a long battle with cancer": what violence is with or against must be an actor, as for a verb of
     * violence ("struggled with debts" is no fight).
     */
    static boolean foughtWithThing(SentenceGraph g, int noun, IntPredicate actor) {
        for (int k = 0; k < g.childCount(noun); k++) {
            int c = g.child(noun, k);
            String kase = g.baseRel(c).equals("nmod") ? Arguments.caseOf(g, c) : null;
            if (("with".equals(kase) || "against".equals(kase)) && !actor.test(c)) return true;
        }
        return false;
    }

    /**
     * Whether the clause of verb {@code v} puts the death down to what is no violence: a cause of death CoreNLP's
     * gazetteer names ({@link CausesOfDeath}: "died of cancer in prison", "from injuries he suffered in a training
     * accident", "in an attack of fever") that the verb dictionary codes as no violence and no weapon; or a kind of
     * such a cause the dictionary files as violence, named by a modifier that no actor dictionary codes ({@code
     * coded} false) and that is no weapon ("a dog attack", "a shark attack"; not "a terrorist attack"). Only the
     * verb's own dependents count, not its subject ("the prisoner, who had cancer, died in an ambush").
     */
    static boolean otherCause(SentenceGraph g, int v, NominalEvents nominal, VerbDictionary verbs, IntPredicate coded,
                              int[] scratch) {
        for (int t = 0; t < g.size; t++) {
            // a modifier is part of its head's cause ("gunshot wounds")
            if (!g.pos(t).startsWith("NN") || MODIFIERS.contains(g.rel(t))) continue;
            if (dependsOn(g, t, v) && harmless(g, t, nominal, verbs, coded, scratch)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code t} hangs on {@code v} through anything but its subject or another clause of equal rank. */
    private static boolean dependsOn(SentenceGraph g, int t, int v) {
        int at = t;
        for (int steps = 0; at >= 0 && steps < g.size; steps++) {
            int h = g.head(at);
            if (h == v) return !OTHER_THAN_CAUSE.contains(g.baseRel(at));
            at = h;
        }
        return false;
    }

    /**
     * A cause is judged by its head: "gunshot wounds" is listed, but no wound is a cause by itself, so what made it
     * decides, and the list cannot say that a gunshot is violence. A modifier that is an actor or a weapon makes
     * any cause violence ("sniper fire", "mortar fire", "a terrorist attack").
     */
    private static boolean harmless(SentenceGraph g, int noun, NominalEvents nominal, VerbDictionary verbs,
                                    IntPredicate coded, int[] scratch) {
        if (!listed(g, noun, noun)) return false;
        for (int m = firstModifier(g, noun); m < noun; m++) {
            if (coded.test(m) || verbs.instrument(g.upperWords[m], g.upperLemmas[m])) return false;
        }
        if (!violence(nominal.actCode(g, noun, scratch)) && !verbs.instrument(g.upperWords[noun], g.upperLemmas[noun])) {
            return true;
        }
        // "a dog attack": a kind of attack the list names, by no actor and with no weapon
        return listedFrom(g, noun) < noun;
    }

    /**
     * The first word of the longest cause of death the gazetteer lists that ends at {@code noun} and starts among
     * its own modifiers right before it ("dog attack", "heart attack"), or -1.
     */
    private static int listedFrom(SentenceGraph g, int noun) {
        for (int from = firstModifier(g, noun); from <= noun; from++) if (listed(g, from, noun)) return from;
        return -1;
    }

    /** The first of the modifiers right before the noun ("traffic" of "traffic accident"), or the noun itself. */
    private static int firstModifier(SentenceGraph g, int noun) {
        int first = noun;
        while (first > 0 && g.head(first - 1) == noun && MODIFIERS.contains(g.rel(first - 1))) first--;
        return first;
    }

    private static boolean listed(SentenceGraph g, int from, int noun) {
        StringBuilder words = new StringBuilder();
        for (int k = from; k < noun; k++) words.append(g.forms[k]).append(' ');
        int length = words.length();
        return CausesOfDeath.contains(words.append(g.forms[noun]).toString())
                || CausesOfDeath.contains(words.replace(length, words.length(), g.lemmas[noun]).toString());
    }

    /**
     * Whether the noun names people by the violence they do: an agent noun of a verb the dictionary codes as
     * violence ("attackers": ATTACK, "kidnappers": KIDNAP, "torturers": TORTURE, "abductors": ABDUCT). Not just any
     * animate noun ("wild dogs").
     */
    static boolean violentAgent(SentenceGraph g, int noun, VerbMatcher matcher, int[] scratch) {
        String lemma = g.upperLemmas[noun];
        if (lemma.length() < 5 || !(lemma.endsWith("ER") || lemma.endsWith("OR"))) return false;
        String stem = lemma.substring(0, lemma.length() - 2);
        for (String verb : new String[] {stem, stem + "E"}) {
            VerbMatcher.Coded c = matcher.codeAs(g, noun, verb, scratch);
            if (c != null && violence(c.code())) return true;
        }
        return false;
    }

    static boolean violence(String code) {
        return code != null && (code.compareTo("18") >= 0 || code.startsWith("175"));
    }

    private static boolean silent(List<VerbSense> senses) {
        for (VerbSense s : senses) if (s.silent()) return true;
        return false;
    }
}
