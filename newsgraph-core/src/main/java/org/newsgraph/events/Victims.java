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
            if (violence(nominal.code(g, c, scratch)) && !foughtWithThing(g, c, actor)) return c;
        }
        return -1;
    }

    /**
     * "after a long battle with cancer": what violence is with or against must be an actor, as for a verb of
     * violence ("struggled with debts" is no fight).
     */
    private static boolean foughtWithThing(SentenceGraph g, int noun, IntPredicate actor) {
        for (int k = 0; k < g.childCount(noun); k++) {
            int c = g.child(noun, k);
            String kase = g.baseRel(c).equals("nmod") ? Arguments.caseOf(g, c) : null;
            if (("with".equals(kase) || "against".equals(kase)) && !actor.test(c)) return true;
        }
        return false;
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
