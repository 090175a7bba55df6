package org.newsgraph.nlp.time;

import org.newsgraph.model.TimeExpression;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "February 27-28" and "February 27–28, 2019": SUTime reads only the first day, so the range is completed here into
 * a TIMEX3 interval value {@code 2019-02-27/2019-02-28}.
 */
final class DayRanges {
    private static final Pattern FULL_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    /** What may follow the first day: a dash, the second day, optionally the year. */
    private static final Pattern AFTER = Pattern.compile("\\s*[-–—]\\s*(\\d{1,2})\\b(?:(?:st|nd|rd|th)\\b)?"
            + "(,?\\s+(\\d{4})\\b)?");

    private DayRanges() {
    }

    static List<TimeExpression> extend(String text, List<TimeExpression> found) {
        List<TimeExpression> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            TimeExpression t = found.get(i);
            Matcher day = t.value() == null ? null : FULL_DAY.matcher(t.value());
            if (day == null || !day.matches() || !Character.isDigit(text.charAt(t.end() - 1))) {
                out.add(t);
                continue;
            }
            Matcher m = AFTER.matcher(text).region(t.end(), text.length());
            int first = Integer.parseInt(day.group(3));
            if (!m.lookingAt() || Integer.parseInt(m.group(1)) <= first || Integer.parseInt(m.group(1)) > 31) {
                out.add(t);
                continue;
            }
            String year = m.group(3) != null ? m.group(3) : day.group(1);
            String month = day.group(2);
            int end = m.end();
            String value = year + "-" + month + "-" + day.group(3) + "/" + year + "-" + month + "-"
                    + String.format("%02d", Integer.parseInt(m.group(1)));
            out.add(new TimeExpression(text.substring(t.start(), end), t.start(), end, "DATE", value));
            while (i + 1 < found.size() && found.get(i + 1).start() < end) i++;
        }
        return out;
    }
}
