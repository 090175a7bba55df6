package org.newsgraph.events;

import java.util.Set;
import java.util.function.IntPredicate;

/**
 * "Riot police charged the demonstrators", "police charged protesters with batons", "charged at the crowd": CHARGE
 * is also a rush at people, and the dictionary files the verb in its BLAME block, so every charge was an accusation
 * (112). A crowd rushed at, with no offence named, suffers violent repression (CAMEO 175, PLOVER ASSAULT); "charged a
 * man with murder", "charged the protesters with rioting", "charged two demonstrators over the clashes" name what
 * they are accused of and stay accusations, and so does a charge against anyone who is no crowd ("police charged a
 * 34-year-old man"), which news writes for the accusation far more often than for the rush. A charge with no one
 * charged (no object, no passive subject, no clause of what is alleged) that heads into, through or towards a
 * place that is no crowd ("police charged into the building", "firefighters charged into the house") is a
 * movement, and no event at all (2026-11-25).
 */
final class CrowdCharges {

    /** People gathered in a crowd, whom a charge rushes at. */
    private static final Set<String> CROWDS = Set.of("protester", "protestor", "demonstrator", "crowd", "marcher",
            "rioter", "mob");
    /** "charged at the crowd", "charged into the marchers": the rush's direction. */
    private static final Set<String> RUSH_CASES = Set.of("at", "into", "through");
    /** "charged ... with murder", "over the clashes", "for rioting": the phrases that name an offence. */
    private static final Set<String> OFFENCE_CASES = Set.of("with", "over", "for");
    /** "in connection with the riot", "on suspicion of arson", "on two counts": phrases of a charge, any case. */
    private static final Set<String> CHARGE_NOUNS = Set.of("connection", "suspicion", "count", "charge",
            "allegation");
    /** What a charge is made with that is no offence, beside the dictionary's weapons ("with batons"). */
    private static final Set<String> IMPLEMENTS = Set.of("baton", "truncheon", "club", "stick", "shield", "horse",
            "horseback", "gas", "cannon");
    /** "charged into the building", "through the gates", "towards the exit": a rush somewhere, not at someone. */
    private static final Set<String> PATH_CASES = Set.of("into", "through", "toward", "towards", "across", "onto",
            "past");
    static final String VIOLENT_REPRESSION = "175";

    private CrowdCharges() {
    }

    /**
     * {@code coded}, or violent repression when CHARGE's accusation rushes at a crowd: its object (or passive
     * subject, or an "at"/"into" phrase) is a crowd and no phrase names an offence.
     *
     * @param weapon whether the token is one of the dictionary's weapons
     */
    static VerbMatcher.Coded rushed(SentenceGraph g, int v, VerbMatcher.Coded coded, IntPredicate weapon) {
        if (coded == null || coded.code() == null || !coded.code().startsWith("112")
                || !g.lemmas[v].equalsIgnoreCase("charge")) {
            return coded;
        }
        int crowd = g.isPassive(v) ? g.child(v, "nsubj:pass") : g.child(v, "obj");
        if (crowd < 0) crowd = Arguments.obliqueWithCase(g, v, RUSH_CASES);
        if (crowd < 0 || !CROWDS.contains(g.lemmas[crowd].toLowerCase())) return movedOnly(g, v) ? null : coded;
        if (offenceNamed(g, v, weapon) || offenceNamed(g, crowd, weapon)) return coded;
        return new VerbMatcher.Coded(VIOLENT_REPRESSION, null, coded.lastToken());
    }

    /** No one charged and no allegation, only a path: "charged into the building". */
    private static boolean movedOnly(SentenceGraph g, int v) {
        if (g.isPassive(v) || g.child(v, "obj") >= 0 || g.child(v, "ccomp") >= 0) return false;
        return Arguments.obliqueWithCase(g, v, PATH_CASES) >= 0;
    }

    /**
     * A "with", "over" or "for" phrase on {@code head} whose noun is no weapon or implement, a deed charged ("for
     * rioting"), or a phrase of a charge's own words ("in connection with").
     */
    private static boolean offenceNamed(SentenceGraph g, int head, IntPredicate weapon) {
        for (int k = 0; k < g.childCount(head); k++) {
            int c = g.child(head, k);
            String r = g.baseRel(c);
            if (!r.equals("obl") && !r.equals("nmod") && !r.equals("advcl")) continue;
            if (CHARGE_NOUNS.contains(g.lemmas[c].toLowerCase())) return true;
            String kase = Arguments.caseOf(g, c);
            if (kase == null) {
                for (String mark : OFFENCE_CASES) if (g.hasChildWord(c, "mark", mark)) kase = mark;
            }
            if (kase == null || !OFFENCE_CASES.contains(kase)) continue;
            if (!weapon.test(c) && !IMPLEMENTS.contains(g.lemmas[c].toLowerCase())) return true;
        }
        return false;
    }
}
