package org.newsgraph.nlp.time;

import org.newsgraph.model.TimeExpression;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A verb SUTime took into the front of an expression ("is due to start next month" gives "start next month", read as
 * "the start of next month"): a time expression names a time, and the verb is what happens then, so the span starts
 * after it; the value, that of what follows the verb, stays. A word that is itself a time word ("March 5" tagged as a
 * verb) is no such verb; the verb "last" before an amount is {@link VerbLast}'s, which runs first. The span is not cut
 * where what is left is a bare unit ("following days" would leave "days"): that names no time, and the participle
 * was the expression's own adjective. What names a time by itself ("next month", "the day", "Monday") is cut to.
 */
final class LeadingVerbs {

    /** Units with nothing to place them: what is left of "following days" names no time. */
    private static final Pattern BARE_UNIT = Pattern.compile(
            "(?i)(?:day|week|month|year|hour|minute|decade|weekend|season)s?");

    private LeadingVerbs() {
    }

    static List<TimeExpression> apply(NlpDocument doc, List<TimeExpression> times) {
        List<TimeExpression> out = new ArrayList<>(times.size());
        for (TimeExpression t : times) {
            Token first = Neighbours.after(doc, t.start());
            Token second = first == null ? null : Neighbours.after(doc, first.end());
            if (first == null || first.start() != t.start() || second == null || second.end() > t.end()
                    || !leadingVerb(first) || BARE_UNIT.matcher(t.text().substring(second.start() - t.start()))
                    .matches()) {
                out.add(t);
                continue;
            }
            String text = t.text().substring(second.start() - t.start());
            out.add(new TimeExpression(text, second.start(), t.end(), t.type(), t.value()));
        }
        return out;
    }


    private static boolean leadingVerb(Token t) {
        String pos = t.pos();
        return pos != null && pos.startsWith("VB") && !TimeTagger.isTimeWord(t.word());
    }
}
