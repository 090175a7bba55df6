package org.newsgraph.events;

import java.util.function.IntPredicate;

/**
 * "The group claimed responsibility for the attack", "claimed the bombing": the dictionary codes claiming or
 * accepting responsibility as a statement (CAMEO 015, which has no PLOVER type), but a claim of an act of violence
 * says who did it: the claimant. The act is coded as the noun the responsibility is for ("attack": 190,
 * "kidnapping": 181), with the claimant as its doer; a claim for anything else ("for the delays") stays a
 * statement, and so does accepting responsibility (ACCEPT's 015), which those accountable for an act do whoever
 * did it ("the crown prince accepted responsibility for the murder but did not say he ordered it").
 */
final class Responsibility {

    /** CAMEO 015: "Acknowledge or claim responsibility". */
    private static final String CLAIM = "015";

    private Responsibility() {
    }

    /**
     * The noun naming the act of violence whose responsibility verb {@code v} claims, or -1. Violence with or
     * against what is no actor ({@code actor} false) is another sense: "claimed responsibility for the fight
     * against crime".
     */
    static int claimedAct(SentenceGraph g, int v, VerbMatcher.Coded coded, NominalEvents nominal, int[] scratch,
                          IntPredicate actor) {
        if (coded == null || !CLAIM.equals(coded.code()) || !g.lemmas[v].equalsIgnoreCase("claim")) return -1;
        int obj = g.child(v, "obj");
        if (obj < 0) return -1;
        int act = violence(g, obj, nominal, scratch) ? obj : -1;
        for (int k = 0; k < g.childCount(obj) && act < 0; k++) {
            int c = g.child(obj, k);
            boolean forAct = g.baseRel(c).equals("nmod") && "for".equals(Arguments.caseOf(g, c));
            if (forAct && violence(g, c, nominal, scratch)) act = c;
        }
        return act >= 0 && Victims.foughtWithThing(g, act, actor) ? -1 : act;
    }

    private static boolean violence(SentenceGraph g, int noun, NominalEvents nominal, int[] scratch) {
        return Victims.violence(nominal.actCode(g, noun, scratch));
    }
}
