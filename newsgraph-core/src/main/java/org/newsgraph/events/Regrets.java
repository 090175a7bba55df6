package org.newsgraph.events;

import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The dictionary files REGRET in a block of its own whose default is disapproval (110), and codes only "regretted
 * the offence" as an apology (055). Regret is sorrow for one's own deed or for a sad fact ("regretted the
 * disruption", "deeply regrets this disastrous mistake"), no objection to anyone's act; it is an apology only when
 * it is said to someone ("expressed regret to South Korea for the suffering": CAMEO 055, "apologize"). So the
 * default is no event, and a regret coded as an apology needs the one it is said to.
 */
final class Regrets {

    static final String APOLOGY = "055";
    /** Verbs a regret is felt or voiced with. */
    private static final Set<String> REGRETTING = Set.of("regret", "express", "voice");

    private Regrets() {
    }

    /**
     * Whether {@code coded} is a regret that names no apology to anyone: REGRET's default, or an apology with no
     * "to" phrase heading an actor ({@code actor}) on the verb or on the regret it expresses.
     */
    static boolean unaddressed(SentenceGraph g, int v, VerbMatcher.Coded coded, IntPredicate actor) {
        if (coded == null || coded.code() == null) return false;
        String lemma = g.lemmas[v].toLowerCase(Locale.ROOT);
        if (lemma.equals("regret") && coded.byDefault()) return true;
        if (!REGRETTING.contains(lemma) || !coded.code().equals(APOLOGY)) return false;
        return !addressed(g, v, actor) && !addressed(g, g.child(v, "obj"), actor);
    }

    private static boolean addressed(SentenceGraph g, int head, IntPredicate actor) {
        for (int k = 0; head >= 0 && k < g.childCount(head); k++) {
            int c = g.child(head, k);
            String r = g.baseRel(c);
            if ((r.equals("obl") || r.equals("nmod")) && "to".equals(Arguments.caseOf(g, c)) && actor.test(c)) {
                return true;
            }
        }
        return false;
    }
}
