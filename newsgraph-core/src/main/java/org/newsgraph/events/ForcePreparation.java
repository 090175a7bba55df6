package org.newsgraph.events;

/**
 * "The army prepared to attack the city", "rebels are preparing to resume shelling": preparing to use force is a
 * military move that falls short of the use of force, which is what PLOVER's MOBILIZE is ("All military or police
 * moves that fall short of the actual use of force"; CAMEO 15, "exhibit force posture"), not the general intent to
 * cooperate the dictionary gives PREPARE (030). Being prepared to act ("is prepared to impose martial law") is a
 * readiness the modality detector reads as an announcement; it is not this.
 */
final class ForcePreparation {

    private static final String FORCE_POSTURE = "150";

    private ForcePreparation() {
    }

    /** The code of verb {@code v} as a preparation for force, or {@code coded} unchanged. */
    static VerbMatcher.Coded of(SentenceGraph g, int v, VerbMatcher.Coded coded, VerbMatcher matcher, int[] scratch) {
        if (coded == null || !g.lemmas[v].equalsIgnoreCase("prepare")) return coded;
        if (g.isPassive(v) || g.child(v, "cop") >= 0) return coded;
        int complement = g.child(v, "xcomp");
        if (complement < 0 || !g.hasChildWord(complement, "mark", "to")) return coded;
        return usesForce(g, complement, matcher, scratch) || usesForceThrough(g, complement, matcher, scratch)
                ? new VerbMatcher.Coded(FORCE_POSTURE, null, coded.lastToken()) : coded;
    }

    /** "to resume shelling": an aspectual verb passes on to the act it governs. */
    private static boolean usesForceThrough(SentenceGraph g, int verb, VerbMatcher matcher, int[] scratch) {
        for (int k = 0; k < g.childCount(verb); k++) {
            int c = g.child(verb, k);
            String r = g.rel(c);
            if ((r.equals("obj") || r.equals("dep") || r.equals("xcomp")) && g.isVerb(c)
                    && usesForce(g, c, matcher, scratch)) {
                return true;
            }
        }
        return false;
    }

    /** CAMEO 18-20: unconventional violence, conventional military force, mass violence. */
    private static boolean usesForce(SentenceGraph g, int verb, VerbMatcher matcher, int[] scratch) {
        if (!g.isVerb(verb)) return false;
        VerbMatcher.Coded c = matcher.code(g, verb, scratch);
        if (c == null || c.code() == null || c.code().length() < 2) return false;
        int root = Integer.parseInt(c.code().substring(0, 2));
        return root >= 18 && root <= 20;
    }
}
