package org.newsgraph.events;

import java.util.Set;

/**
 * A coming together that says what it is for: "summoned the ambassador to complain", "travelled to Moscow to demand
 * his release", "thousands gathered to protest the law". Meeting, summoning or visiting (CAMEO 04) is only the
 * occasion when its purpose is a demand, disapproval, rejection, threat or protest (CAMEO 10-14): the purpose is
 * the event, done by whoever meets to whomever is met. A crowd that gathers for such a purpose is demonstrating
 * (CAMEO 141): "gathered to protest" is a rally, not the complaint its clause names.
 */
final class MeetingPurpose {

    /** Verbs of a crowd coming together (the verb dictionary's ASSEMBLE block: CAMEO 040). */
    private static final Set<String> GATHER = Set.of("gather", "assemble", "converge", "congregate", "flock",
            "throng", "mass");
    private static final String DEMONSTRATE = "141";

    private MeetingPurpose() {
    }

    /** The event a meeting is for, coded on the meeting's own trigger, with the purpose clause it came from. */
    record Purpose(VerbMatcher.Coded coded, int clause) {
    }

    /** The purpose that replaces {@code coded} (a CAMEO 04 code of verb {@code v}), or null. */
    static Purpose of(SentenceGraph g, int v, VerbMatcher.Coded coded, VerbMatcher matcher, int[] scratch) {
        if (coded == null || coded.code() == null || !coded.code().startsWith("04")) return null;
        // "called on the President to demand": an appeal, whose infinitive is the addressee's act, not a purpose
        if (appeal(g, v)) return null;
        for (int k = 0; k < g.childCount(v); k++) {
            int c = g.child(v, k);
            if (!g.isVerb(c) || !isPurposeClause(g, v, c)) continue;
            VerbMatcher.Coded inner = matcher.code(g, c, scratch);
            if (inner == null || inner.code() == null || !verbalConflictOrProtest(inner.code())) continue;
            boolean crowd = GATHER.contains(g.lemmas[v].toLowerCase()) && g.child(v, "obj") < 0;
            String code = crowd ? DEMONSTRATE : inner.code();
            return new Purpose(new VerbMatcher.Coded(code, null, coded.lastToken()), c);
        }
        return null;
    }

    /**
     * "to complain", "demanding ...": an infinitive, or a participle clause set off from the verb (an adverbial,
     * or the loose dependent the parser often makes of it); a gerund complement says what is talked about, not
     * what for ("would consider charging the gunman"). A participle counts only on a verb with a subject of its
     * own: on an infinitive ("criticized the refusal to debate, accusing ...") the parser hangs one that belongs
     * to the clause above.
     */
    private static boolean isPurposeClause(SentenceGraph g, int v, int c) {
        String r = g.rel(c);
        boolean participle = g.pos(c).equals("VBG") && g.child(c, "nsubj") < 0 && g.child(v, "nsubj") >= 0;
        if ((r.equals("advcl") || r.equals("dep")) && participle) return true;
        return (r.equals("advcl") || r.equals("xcomp")) && g.hasChildWord(c, "mark", "to");
    }

    /** "called on X", "called upon X": the preposition right after the verb, governed by it or by its object. */
    private static boolean appeal(SentenceGraph g, int v) {
        int next = v + 1;
        if (next >= g.size) return false;
        String word = g.lemmas[next].toLowerCase();
        if (!word.equals("on") && !word.equals("upon")) return false;
        int head = g.head(next);
        return head == v || head >= 0 && g.head(head) == v;
    }

    private static boolean verbalConflictOrProtest(String code) {
        int root = Integer.parseInt(code.substring(0, 2));
        return root >= 10 && root <= 14;
    }
}
