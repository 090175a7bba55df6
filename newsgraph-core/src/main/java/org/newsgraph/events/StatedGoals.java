package org.newsgraph.events;

import java.util.Locale;
import java.util.Set;

/**
 * "One of the stated goals of AfCFTA is to support ...", "it is Johnson's stated intent for the UK to leave ... and
 * not seek any further extensions": an infinitive that spells out a goal, an aim or an intent says what someone
 * wants done, not what anyone did or said they would do; coded, it gave support, agreements and refusals nobody
 * made. A stated intent is only an event when a verb of saying or deciding states it ("vowed to", "plans to"),
 * which the modality stage reads on the verb itself, not through a noun.
 */
final class StatedGoals {

    private static final Set<String> AIMS = Set.of("goal", "aim", "objective", "purpose", "intent", "intention",
            "mission", "ambition");
    /** "one of the goals", "part of the aim": the aim is in the "of" phrase. */
    private static final Set<String> PARTS = Set.of("one", "some", "part", "another");

    private StatedGoals() {
    }

    /** Whether verb {@code v} is, or is coordinated with, an infinitive stating an aim. */
    static boolean aim(SentenceGraph g, int v) {
        int k = v;
        for (int steps = 0; g.rel(k).equals("conj") && g.head(k) >= 0 && steps < g.size; steps++) k = g.head(k);
        if (!g.hasChildWord(k, "mark", "to")) return false;
        int head = g.head(k);
        // "the intent for the UK to leave", "a goal to reduce"
        if (head >= 0 && g.baseRel(k).equals("acl") && aimNoun(g, head)) return true;
        // "the goal is to support": the infinitive is the predicate, the aim its subject
        if (aimNoun(g, g.child(k, "nsubj"))) return true;
        // "the goal is to ...", parsed with "is" as the head and the infinitive its complement
        return head >= 0 && g.lemmas[head].equalsIgnoreCase("be") && aimNoun(g, g.child(head, "nsubj"));
    }

    private static boolean aimNoun(SentenceGraph g, int n) {
        if (n < 0) return false;
        String lemma = g.lemmas[n].toLowerCase(Locale.ROOT);
        if (AIMS.contains(lemma)) return true;
        if (!PARTS.contains(lemma)) return false;
        for (int k = 0; k < g.childCount(n); k++) {
            int c = g.child(n, k);
            if (g.baseRel(c).equals("nmod") && AIMS.contains(g.lemmas[c].toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }
}
