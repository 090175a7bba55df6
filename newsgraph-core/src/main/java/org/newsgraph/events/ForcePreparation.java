package org.newsgraph.events;

import java.util.Set;

/**
 * "The army prepared to attack the city", "rebels are preparing to resume shelling": preparing to use force is a
 * military move that falls short of the use of force, which is what PLOVER's MOBILIZE is ("All military or police
 * moves that fall short of the actual use of force"; CAMEO 15, "exhibit force posture"), not the general intent to
 * cooperate the dictionary gives PREPARE (030). Being prepared to act ("is prepared to impose martial law") is a
 * readiness the modality detector reads as an announcement; it is not this.
 *
 * <p>The force must be aimed at someone or somewhere, an actor or a named place: "preparing to fight inflation" is
 * no military move. And only a verb of beginning or going on passes it on ("to resume shelling"): "to stop
 * fighting", "to avoid fighting" prepare the opposite.
 */
final class ForcePreparation {

    private static final String PREPARE = "030";
    private static final String FORCE_POSTURE = "150";
    /** Verbs of starting, going on or doing more, through which the act they govern is what is prepared. */
    private static final Set<String> ASPECTUAL = Set.of("resume", "begin", "start", "continue", "launch", "renew",
            "intensify", "escalate", "expand");

    private ForcePreparation() {
    }

    /** The code of verb {@code v} as a preparation for force, or {@code coded} unchanged. */
    static VerbMatcher.Coded of(SentenceGraph g, int v, VerbMatcher.Coded coded, VerbMatcher matcher,
                                DomesticCountry.ActorPhrases phrases, int[] scratch) {
        if (coded == null || !PREPARE.equals(coded.code()) || !g.lemmas[v].equalsIgnoreCase("prepare")) return coded;
        if (g.isPassive(v) || g.child(v, "cop") >= 0) return coded;
        int complement = g.child(v, "xcomp");
        if (complement < 0 || !g.hasChildWord(complement, "mark", "to")) return coded;
        int act = aspectual(g, complement) ? governedAct(g, complement) : complement;
        return act >= 0 && usesForce(g, act, matcher, phrases, scratch)
                ? new VerbMatcher.Coded(FORCE_POSTURE, null, coded.lastToken()) : coded;
    }

    /** "resume", "step up": a verb of beginning or going on. */
    private static boolean aspectual(SentenceGraph g, int verb) {
        String lemma = g.lemmas[verb].toLowerCase();
        return ASPECTUAL.contains(lemma) || lemma.equals("step") && g.hasChildWord(verb, "compound:prt", "up");
    }

    /** The verb an aspectual verb governs ("resume shelling"; the parser makes it an object, complement or dep). */
    private static int governedAct(SentenceGraph g, int verb) {
        for (int k = 0; k < g.childCount(verb); k++) {
            int c = g.child(verb, k);
            String r = g.rel(c);
            if ((r.equals("obj") || r.equals("dep") || r.equals("xcomp")) && g.isVerb(c)) return c;
        }
        return -1;
    }

    /** CAMEO 18-20 (unconventional violence, conventional military force, mass violence) against an actor or place. */
    private static boolean usesForce(SentenceGraph g, int verb, VerbMatcher matcher,
                                     DomesticCountry.ActorPhrases phrases, int[] scratch) {
        VerbMatcher.Coded c = matcher.code(g, verb, scratch);
        if (c == null || !CameoCode.rootWithin(c.code(), 18, 20)) return false;
        for (int t : Arguments.targets(g, verb, -1)) {
            if (!phrases.of(t).isEmpty() || DomesticCountry.namesPlace(g, t)) return true;
        }
        return false;
    }
}
