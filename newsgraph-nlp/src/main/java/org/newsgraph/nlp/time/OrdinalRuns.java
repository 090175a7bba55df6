package org.newsgraph.nlp.time;

import org.newsgraph.model.TimeExpression;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ordinal count of units run together with the day or month it has reached: "a second day on Tuesday", "the 18th
 * straight day on Monday", "a third week in May". SUTime reads the ordinal "second" as the unit (PT1S, the weekday
 * swallowed) or gives the whole no value. The count tells how long a run has lasted from whatever began it, which is
 * no time expression ({@link FalseAlarms} drops it when it stands alone); the day or month after it is a date like any
 * other, kept on its own with the unresolved value SUTime gives a bare name, for {@link TenseAnchoring} to place.
 */
final class OrdinalRuns {
    /** "a second day", "the fourth straight week", "the 18th consecutive day in a row". */
    static final String COUNT = "(?:(?<a>a)\\s+|the\\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
            + "|tenth|\\w+teenth|\\w+tieth|\\d+(?:st|nd|rd|th))\\s+(?<marker>straight\\s+|consecutive\\s+"
            + "|successive\\s+)?(?<unit>day|week|month|year)(?<after>\\s+in\\s+a\\s+row|\\s+running)?";
    private static final Pattern RUN_TO_NAME = Pattern.compile("(?i)" + COUNT + ",?\\s+(?:on\\s+|in\\s+)?"
            + "(?<name>monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june"
            + "|july|august|september|october|november|december)");

    private OrdinalRuns() {
    }

    static List<TimeExpression> apply(List<TimeExpression> times) {
        List<TimeExpression> out = new ArrayList<>(times.size());
        for (TimeExpression t : times) {
            Matcher m = RUN_TO_NAME.matcher(t.text());
            if (!m.matches() || partOfMonth(m)) {
                out.add(t);
                continue;
            }
            int from = m.start("name");
            out.add(new TimeExpression(m.group("name"), t.start() + from, t.end(), "DATE", unplaced(m.group("name"))));
        }
        return out;
    }

    /**
     * Whether the match names a day or week of its month ("the first week in March", "the second week of June"), not
     * a run that reached it: nothing marks a run (no "straight", "in a row", no "a second day") and the unit is
     * shorter than the month. A weekday after the count, or months counted, is always a run's.
     */
    private static boolean partOfMonth(Matcher m) {
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        return m.group("a") == null && m.group("marker") == null && m.group("after") == null
                && (unit.equals("day") || unit.equals("week")) && !weekday(m.group("name"));
    }

    private static boolean weekday(String name) {
        return unplaced(name).startsWith("XXXX-WXX");
    }

    /** SUTime's value of a bare name: "XXXX-WXX-2" for Tuesday, "XXXX-05" for May. */
    private static String unplaced(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().equals(upper)) return "XXXX-WXX-" + d.getValue();
        }
        return String.format("XXXX-%02d", Month.valueOf(upper).getValue());
    }
}
