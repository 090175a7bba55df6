package org.newsgraph.nlp.time;

import org.newsgraph.model.TimeExpression;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clock time written as four digits before UTC or GMT after "at" or an opening bracket ("(0930 UTC)", "at 1400
 * GMT"), as wires and military reports write it. SUTime reads the digits as a year (value "0930") and leaves the zone out; the zone after them says they
 * are an hour and minutes, so the expression becomes that time on the reference day (which {@link ClockDays} then
 * moves to the day its sentence names).
 */
final class ZonedHours {
    private static final Pattern HOURS = Pattern.compile("([01]\\d|2[0-3])([0-5]\\d)");
    private static final Pattern UNIVERSAL_ZONE = Pattern.compile("\\s+(?:UTC|GMT)\\b");
    /**
     * Only "at 1400 GMT" and "(0930 UTC)" are surely times: "In 1950 GMT was still the legal time", "By 2010 UTC had
     * replaced GMT" name years before the zone's own name.
     */
    private static final Pattern AT_OR_BRACKET = Pattern.compile("(?:\\bat\\s+|\\(\\s*)$");
    private static final int AT_REACH = 4;

    private ZonedHours() {
    }

    static List<TimeExpression> apply(String text, List<TimeExpression> times, String referenceDate) {
        List<TimeExpression> out = new ArrayList<>(times.size());
        for (TimeExpression t : times) {
            Matcher hours = HOURS.matcher(t.text());
            Matcher zone = UNIVERSAL_ZONE.matcher(text).region(t.end(), text.length());
            if (hours.matches() && zone.lookingAt() && AT_OR_BRACKET.matcher(text.substring(Math.max(0,
                    t.start() - AT_REACH), t.start())).find()) {
                String day = referenceDate == null ? "XXXX-XX-XX" : referenceDate;
                out.add(new TimeExpression(text.substring(t.start(), zone.end()), t.start(), zone.end(), "TIME",
                        day + "T" + hours.group(1) + ":" + hours.group(2) + "Z"));
            } else {
                out.add(t);
            }
        }
        return out;
    }
}
