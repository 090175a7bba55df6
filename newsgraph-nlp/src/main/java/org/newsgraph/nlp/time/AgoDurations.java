package org.newsgraph.nlp.time;

import org.newsgraph.model.TimeExpression;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "two years ago" as TIMEX3 (and MEANTIME) mark it: the duration "two years" ({@code P2Y}), with "ago" a signal
 * that anchors it to the document date. SUTime returns the date two years back over the whole phrase instead.
 * A vague amount ("several years ago", "thousands of years ago", "years ago") keeps its unit with an unknown count
 * ({@code PXY}): SUTime reads a missing amount as one, a day exactly a year back.
 */
final class AgoDurations {
    private static final String VAGUE = "several|a\\s+few|few|some|many|(?:tens|dozens|hundreds|thousands|millions)"
            + "\\s+of";
    private static final Pattern VAGUE_AMOUNT = Pattern.compile("(?i)" + VAGUE);
    private static final Pattern AMOUNT_DIGITS = Pattern.compile("[\\d.]+");
    /** The amount may be left out ("years ago", "months ago"): a plural unit alone is as vague as "several". */
    private static final Pattern AGO = Pattern.compile("(?i)(?<span>(?:(?<n>" + Durations.NUMBER + "|" + VAGUE + ")"
            + "(?<half>\\s+and\\s+a\\s+half)?[\\s-]+)?(?<unit>second|minute|hour|day|week|fortnight|month|quarter"
            + "|year|decade|century|centuries)(?<plural>s?))\\s+ago");

    private AgoDurations() {
    }

    static List<TimeExpression> apply(List<TimeExpression> times) {
        List<TimeExpression> out = new ArrayList<>(times.size());
        for (TimeExpression t : times) {
            Matcher m = AGO.matcher(t.text());
            String value = m.matches() ? value(m) : null;
            out.add(value == null ? t : new TimeExpression(m.group("span"), t.start(), t.start() + m.end("span"),
                    "DURATION", value));
        }
        return out;
    }

    private static String value(Matcher m) {
        String n = m.group("n");
        if (n == null && m.group("plural").isEmpty() && !m.group("unit").equalsIgnoreCase("centuries")) return null;
        if (n == null || VAGUE_AMOUNT.matcher(n).matches()) {
            String one = Durations.value("1", false, m.group("unit"));
            return one == null ? null : AMOUNT_DIGITS.matcher(one).replaceAll("X");
        }
        return Durations.value(m.group("n"), m.group("half") != null, m.group("unit"));
    }
}
