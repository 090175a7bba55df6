package org.newsgraph.nlp.time;

import org.newsgraph.model.Span;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.pipeline.NlpDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A clock time with no day of its own ("took off Tuesday at 18:00 UTC", "at 6 p.m. on March 3") happens on the day
 * its sentence names; SUTime puts it on the reference date. Only a sentence naming exactly one day moves it.
 */
final class ClockDays {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** A clock value on some day: the date part, then "T" and a clock time or part of day. */
    private static final Pattern CLOCK = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T.*)");
    /** Words by which the expression names its own day. */
    private static final Pattern THAN = Pattern.compile("(?i)\\bthan\\b");
    private static final Pattern OWN_DAY = Pattern.compile("(?i).*\\b(today|tonight|yesterday|tomorrow|monday|tuesday"
            + "|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august"
            + "|september|october|november|december|(?:19|20)\\d\\d)\\b.*");

    private ClockDays() {
    }

    static List<TimeExpression> apply(NlpDocument doc, List<TimeExpression> times, String referenceDate) {
        if (referenceDate == null) return times;
        List<TimeExpression> out = new ArrayList<>(times.size());
        for (TimeExpression t : times) {
            var clock = t.value() == null ? null : CLOCK.matcher(t.value());
            String day = clock != null && clock.matches() && clock.group(1).equals(referenceDate)
                    && !OWN_DAY.matcher(t.text()).matches() ? sentenceDay(doc, times, t) : null;
            out.add(day == null ? t : new TimeExpression(t.text(), t.start(), t.end(), t.type(),
                    day + clock.group(2)));
        }
        return out;
    }

    /**
     * Whether the day {@code o} is what a comparison measures against ("38 percent by 3 p.m., lower than in the
     * election of May 21"): a "than" between the clock time (or the sentence's start) and the day puts the day in
     * another event, not on the clock time.
     */
    private static boolean inComparison(String text, int sentenceStart, TimeExpression t, TimeExpression o) {
        int from = t.end() <= o.start() ? t.end() : sentenceStart;
        return from < o.start() && THAN.matcher(text).region(from, o.start()).find();
    }

    /** The one day named by a DATE in the sentence of {@code t}, or null when none or several are. */
    private static String sentenceDay(NlpDocument doc, List<TimeExpression> times, TimeExpression t) {
        Span s = Neighbours.sentence(doc, t.start());
        if (s == null) return null;
        String day = null;
        for (TimeExpression o : times) {
            if (o == t || o.start() < s.start() || o.start() >= s.end() || o.value() == null) continue;
            if (!DAY.matcher(o.value()).matches() || inComparison(doc.text(), s.start(), t, o)) continue;
            if (day != null && !day.equals(o.value())) return null;
            day = o.value();
        }
        return day;
    }
}
