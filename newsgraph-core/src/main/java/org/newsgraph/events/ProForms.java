package org.newsgraph.events;

import java.util.List;
import org.newsgraph.model.Event;

/**
 * "Germany expelled two diplomats, and France did the same": a pro-form repeats the act of the clause before it,
 * with the pro-form's own subject as doer, and whom its clause names ("did the same with the talks") as counterpart,
 * else the antecedent's. The antecedent is the last event coded before the pro-form in its sentence or the one
 * before: "do the same" points back no further than a reader looks.
 */
final class ProForms {

    private ProForms() {
    }

    /** Whether verb {@code v} is "do the same" or "do the same thing". */
    static boolean repeats(SentenceGraph g, int v) {
        if (!g.lemmas[v].equalsIgnoreCase("do")) return false;
        int obj = g.child(v, "obj");
        if (obj < 0 || !g.hasChildWord(obj, "det", "the")) return false;
        String head = g.lemmas[obj].toLowerCase();
        return head.equals("same") || head.equals("thing") && g.hasChildWord(obj, "amod", "same");
    }

    /**
     * The last event in {@code coded} (document order) whose trigger ends before {@code offset} and whose sentence
     * starts at or after {@code windowStart}, or null.
     */
    static Event antecedent(List<Event> coded, int offset, int windowStart) {
        for (int i = coded.size() - 1; i >= 0; i--) {
            Event e = coded.get(i);
            if (e.sentence().start() < windowStart) return null;
            if (e.trigger().end() <= offset) return e;
        }
        return null;
    }
}
