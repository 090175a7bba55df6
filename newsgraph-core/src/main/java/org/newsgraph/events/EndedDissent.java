package org.newsgraph.events;

import java.util.Set;
import java.util.function.IntPredicate;

/**
 * "The union called off its strike", "workers ended their strike": ending a protest eases dissent (CAMEO
 * 082, PLOVER CONCEDE, whose definition names "suspending protests"), as the dictionary itself codes "halted the
 * strike" ("- * STRIKE [082] # HALT"). Its other patterns for ending things code what ends as violence or ties
 * ("- * STRIKE [087] # CALLED_OFF": a military de-escalation, PLOVER RETREAT; CALL OFF's default 160, a cut in
 * relations, PLOVER SANCTION), which is right for "called off the attack" and "called off the talks", not for a
 * strike or a protest. What is ended is judged by the noun lexicon, so "called off the attack" keeps CALL OFF's 160.
 * END itself the dictionary leaves without a default (its patterns name meetings, fighting, blockades, talks), so
 * "ended their hunger strike" coded nothing; ending a protest is the same easing whatever the verb. CANCEL (a block
 * of its own without a code) likewise: "the union cancelled a strike planned for next week" (session 28).
 */
final class EndedDissent {

    /** The dictionary's codes for ending something: yield, de-escalate, declare a truce, reduce relations. */
    private static final Set<String> ENDING = Set.of("080", "087", "0871", "160");
    private static final String EASE_DISSENT = "082";
    /** Verbs of ending the dictionary gives no default code: only what they end can make them an event. */
    private static final Set<String> UNCODED_ENDING = Set.of("end", "cancel");

    private EndedDissent() {
    }

    /**
     * {@code coded}, or easing dissent when it ends a protest the verb's object (or passive subject) names. The
     * protesters themselves ({@code actor}: "cleared the protesters from the square") are no protest that ends,
     * and an {@code authority} that ends one ("the government ended the strike by decree", "the court suspended
     * the strike") represses dissent rather than easing its own.
     */
    static VerbMatcher.Coded eased(SentenceGraph g, int v, VerbMatcher.Coded coded, NominalEvents nominal,
                                   IntPredicate actor, IntPredicate authority, int[] scratch) {
        boolean ending = coded == null ? UNCODED_ENDING.contains(g.lemmas[v].toLowerCase())
                : coded.code() != null && ENDING.contains(coded.code());
        if (!ending) return coded;
        int ended = g.isPassive(v) ? g.child(v, "nsubj:pass") : g.child(v, "obj");
        if (ended < 0 || actor.test(ended)) return coded;
        int doer = Arguments.source(g, v);
        if (doer >= 0 && authority.test(doer)) return coded;
        String act = nominal.actCode(g, ended, scratch);
        if (act == null || !act.startsWith("14")) return coded;
        return new VerbMatcher.Coded(EASE_DISSENT, null, coded == null ? v : coded.lastToken());
    }
}
