package org.newsgraph.events;

import java.util.List;
import org.newsgraph.model.Event;

/**
 * "Germany expelled two diplomats, and France did the same": a pro-form repeats the act of the clause before it,
 * with the pro-form's own subject as doer, and whom its clause names ("did the same with the talks") as counterpart,
 * else the antecedent's. The antecedent is the last main-clause event coded before the pro-form in its sentence or
 * the one before, else the last event of any clause there: "do the same" points back no further than a reader looks,
 * and to what the sentence is about rather than to a clause of time or cause inside it.
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
     * What a pro-form at {@code offset} repeats: the last main-clause event before it (the sentence's own act, not
     * one of a clause of time or cause inside it), else the last event of any clause; within the pro-form's sentence
     * or the one before, which starts at {@code windowStart}. Null when there is none.
     */
    static Event antecedent(List<Event> mainClauses, List<Event> coded, int offset, int windowStart) {
        Event main = last(mainClauses, offset, windowStart);
        return main != null ? main : last(coded, offset, windowStart);
    }

    /** The last event in {@code events} (document order) whose trigger ends before {@code offset} in the window. */
    private static Event last(List<Event> events, int offset, int windowStart) {
        for (int i = events.size() - 1; i >= 0; i--) {
            Event e = events.get(i);
            if (e.sentence().start() < windowStart) return null;
            if (e.trigger().end() <= offset) return e;
        }
        return null;
    }
}
