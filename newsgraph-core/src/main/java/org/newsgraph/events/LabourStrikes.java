package org.newsgraph.events;

import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.newsgraph.pipeline.PeopleNouns;

/**
 * STRIKE sits in the dictionary's PHYSICAL_CONFLICT block, whose default is force (190), and its only labour sense
 * is the noun ("staged a strike": 143). Said of workers without an object it is the walkout itself: "rail workers
 * struck for a third day", "the union struck at three plants" (CAMEO 143, "conduct strike or boycott"; PLOVER
 * PROTEST). Force strikes someone or something ("struck a convoy"), or is done by the armed or by criminals ("the
 * gunmen struck at dawn", "burglars struck at three homes"), or strikes back; a walkout is done by many (a plural
 * noun of people, or a union), so one striker, a storm or a named person striking in a match stay what the
 * dictionary makes of them.
 */
final class LabourStrikes {

    static final String STRIKE = "143";
    /** Heads that name workers as one body: a union, its staff. */
    private static final Set<String> COLLECTIVE = Set.of("union", "staff", "workforce");

    private LabourStrikes() {
    }

    /**
     * {@code coded}, or a strike when STRIKE, coded by its block's default, has no object and its subject is a plural
     * noun of people or a union none of whose actors is armed or criminal ({@code violent} judging the subject's
     * phrase).
     */
    static VerbMatcher.Coded walkedOut(SentenceGraph g, int v, VerbMatcher.Coded coded, IntPredicate violent) {
        if (coded == null || !coded.byDefault() || !"strike".equals(g.lemmas[v].toLowerCase(Locale.ROOT))) {
            return coded;
        }
        if (g.isPassive(v) || g.child(v, "obj") >= 0 || g.child(v, "compound:prt") >= 0
                || g.hasChildWord(v, "advmod", "back")) {
            return coded;
        }
        int subject = Arguments.source(g, v);
        if (subject < 0 || !g.isNoun(subject) || violent.test(subject)) return coded;
        String lemma = g.lemmas[subject].toLowerCase(Locale.ROOT);
        boolean workers = COLLECTIVE.contains(lemma)
                || g.pos(subject).equals("NNS") && PeopleNouns.contains(g.forms[subject], g.lemmas[subject]);
        return workers ? new VerbMatcher.Coded(STRIKE, null, v) : coded;
    }
}
