package org.newsgraph.nlp.time;

import org.newsgraph.model.TimeExpression;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The verb "last" before an amount of time ("the talks are expected to last three days", "the works will last two
 * months"): SUTime reads the adjective and gives the three days before the reference, while the verb's object is how
 * long something goes on, a TIMEX3 duration with no calendar place. The amount alone is kept, as a duration whose
 * value {@link Durations} writes.
 */
final class VerbLast {
    private static final Pattern LAST = Pattern.compile("(?i)(last\\s+)\\S.*");

    private VerbLast() {
    }

    static List<TimeExpression> apply(NlpDocument doc, List<TimeExpression> times) {
        List<TimeExpression> out = new ArrayList<>(times.size());
        for (TimeExpression t : times) {
            Matcher m = LAST.matcher(t.text());
            Token first = m.matches() ? Neighbours.after(doc, t.start()) : null;
            if (first != null && first.pos() != null && first.pos().startsWith("VB")) {
                int start = t.start() + m.group(1).length();
                out.add(new TimeExpression(t.text().substring(m.group(1).length()), start, t.end(), "DURATION", null));
            } else {
                out.add(t);
            }
        }
        return out;
    }
}
