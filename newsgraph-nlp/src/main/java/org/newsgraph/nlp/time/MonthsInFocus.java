package org.newsgraph.nlp.time;

import org.newsgraph.model.TimeExpression;
import org.newsgraph.pipeline.NlpDocument;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "The month" with the definite article points back at a month the text has just named: "In March the factory cut
 * 200 jobs. By the end of the month ...", "the October edition ... an overview of the month's biggest deals".
 * SUTime makes it the reference's month, which is right only when nothing was named ("prices rose earlier in the
 * month"); "this month" is deictic and stays. The month named is the one of an expression of month precision
 * earlier in the same sentence or the one before, in the same paragraph; two different months there leave SUTime's
 * value, as either could be meant ("rose in October from September, the biggest gain for the month").
 */
final class MonthsInFocus {
    private static final Pattern THE_MONTH = Pattern.compile("(?i)(?:the (?:end|start|beginning|middle|rest"
            + "|remainder) of )?the month");
    private static final Pattern MONTH_VALUE = Pattern.compile("\\d{4}-\\d{2}");
    /** Sentences back, besides the expression's own, where the month pointed at may be named. */
    private static final int REACH = 1;

    private MonthsInFocus() {
    }

    static List<TimeExpression> apply(NlpDocument doc, List<TimeExpression> times, String referenceDate) {
        if (referenceDate == null) return times;
        String refMonth = referenceDate.substring(0, 7);
        List<TimeExpression> out = new ArrayList<>(times.size());
        for (TimeExpression t : times) {
            String named = THE_MONTH.matcher(t.text()).matches() && refMonth.equals(t.value())
                    ? named(doc, times, t) : null;
            out.add(named == null ? t : new TimeExpression(t.text(), t.start(), t.end(), t.type(), named));
        }
        return out;
    }

    /** The one month named before {@code t} within {@link #REACH} sentences and its paragraph, or null. */
    private static String named(NlpDocument doc, List<TimeExpression> times, TimeExpression t) {
        int from = reachStart(doc, t.start());
        int paragraph = doc.text().lastIndexOf("\n\n", t.start());
        Set<String> months = new LinkedHashSet<>();
        for (TimeExpression u : times) {
            if (u.end() <= t.start() && u.start() >= from && u.start() > paragraph && u.value() != null
                    && MONTH_VALUE.matcher(u.value()).matches() && !THE_MONTH.matcher(u.text()).matches()) {
                months.add(u.value());
            }
        }
        return months.size() == 1 ? months.iterator().next() : null;
    }

    private static int reachStart(NlpDocument doc, int offset) {
        var sentences = doc.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            var span = sentences.get(i).span();
            if (offset >= span.start() && offset < span.end()) return sentences.get(Math.max(0, i - REACH)).span().start();
        }
        return offset;
    }
}
