package org.newsgraph.nlp.time;

import org.newsgraph.model.TimeExpression;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "From 2029 to 2021" is two dates, not a span, where a date is moved from one year to another ("the end of life
 * moved from 2029 to 2021", "brought the ban forward from 2040 to 2030", "the deadline was pushed back from 2030 to
 * 2035") or where the second year comes first, which no span does. SUTime reads every "from ... to ..." of two
 * years as a range, which {@link Durations} turns into a period; "From 2019 to 2021 he served as minister" and "the
 * price rose from 2018 to 2022" stay spans. The verb is the nearest one before "from" in its clause.
 */
final class MovedDates {
    private static final Pattern FROM_TO = Pattern.compile("(?i)from\\s+(\\d{4})\\s+to\\s+(\\d{4})");
    private static final Pattern RANGE_VALUE = Pattern.compile("\\d{4}/\\d{4}");
    /** Verbs that move a date: what they take "from" and "to" is the old and the new date. */
    private static final Set<String> MOVES = Set.of("move", "shift", "push", "bring", "change", "postpone",
            "delay", "advance", "reschedule", "switch", "pull", "revise", "amend");
    private static final Set<String> STOPS = Set.of("from", "to", "until");
    /** Most words between a verb and its "from": an object, "back", "forward" ("brought the ban ... forward from"). */
    private static final int REACH = 8;

    private MovedDates() {
    }

    static List<TimeExpression> apply(NlpDocument doc, List<TimeExpression> times) {
        List<TimeExpression> out = new ArrayList<>(times.size());
        for (TimeExpression t : times) {
            Matcher m = FROM_TO.matcher(t.text());
            if (!m.matches() || t.value() == null || !RANGE_VALUE.matcher(t.value()).matches()
                    || !(backwards(m) || movedByVerb(doc, t.start()))) {
                out.add(t);
                continue;
            }
            out.add(year(t, m, 1));
            out.add(year(t, m, 2));
        }
        return out;
    }

    private static boolean backwards(Matcher m) {
        return Integer.parseInt(m.group(2)) < Integer.parseInt(m.group(1));
    }

    private static TimeExpression year(TimeExpression t, Matcher m, int group) {
        return new TimeExpression(m.group(group), t.start() + m.start(group), t.start() + m.end(group), "DATE",
                m.group(group));
    }

    /**
     * Whether the nearest verb before {@code start}, within {@link #REACH} words and no comma, conjunction, number or
     * other "from"/"to", moves a date.
     */
    private static boolean movedByVerb(NlpDocument doc, int start) {
        var sentence = Neighbours.sentence(doc, start);
        Token k = Neighbours.before(doc, start);
        for (int n = 0; n < REACH && k != null && (sentence == null || k.start() >= sentence.start()); n++) {
            // another clause ("and"), another date or another "from ... to" belongs to a verb of its own: "was
            // moved from the ministry to the treasury from 2020 to 2022", "changed its crest in 2014 and its name"
            if (k.word().equals(",") || k.word().equals(";") || "CC".equals(k.pos()) || "CD".equals(k.pos())
                    || STOPS.contains(k.word().toLowerCase(Locale.ROOT))) {
                return false;
            }
            if (k.pos() != null && k.pos().startsWith("VB")) {
                return k.lemma() != null && MOVES.contains(k.lemma().toLowerCase(Locale.ROOT));
            }
            k = Neighbours.before(doc, k.start());
        }
        return false;
    }
}
