package org.newsgraph.nlp.time;

import org.newsgraph.model.TimeExpression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "a year earlier", "three months later": a TIMEX3 value has the precision of what the text says, so a shift by
 * years is a year ({@code 2008}), by months a month, by weeks a week; SUTime gives the exact day the shift lands on.
 * A shift by hours or minutes ("hours earlier", "two hours later") stays on the reference day: SUTime counts it back
 * from the day's midnight when the reference has no clock time, which put "hours earlier" on the day before.
 */
final class OffsetGranularity {
    private static final Pattern OFFSET = Pattern.compile("(?i).*\\b(week|month|quarter|year|decade)s?\\s+"
            + "(earlier|later|before|after)");
    private static final Pattern WITHIN_THE_DAY = Pattern.compile("(?i)(?:\\S+\\s+)?(?:hours?|minutes?)\\s+"
            + "(?:earlier|later|before|after|ago)");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private OffsetGranularity() {
    }

    static List<TimeExpression> apply(List<TimeExpression> times, String referenceDate) {
        List<TimeExpression> out = new ArrayList<>(times.size());
        for (TimeExpression t : times) {
            if (referenceDate != null && t.value() != null && DAY.matcher(t.value()).matches()
                    && WITHIN_THE_DAY.matcher(t.text()).matches()) {
                out.add(new TimeExpression(t.text(), t.start(), t.end(), t.type(), referenceDate));
                continue;
            }
            Matcher m = OFFSET.matcher(t.text());
            if (!"DATE".equals(t.type()) || t.value() == null || !m.matches() || !DAY.matcher(t.value()).matches()) {
                out.add(t);
                continue;
            }
            LocalDate d = LocalDate.parse(t.value());
            String value = LastUnits.unit(d, m.group(1).toLowerCase(Locale.ROOT));
            out.add(new TimeExpression(t.text(), t.start(), t.end(), t.type(), value));
        }
        return out;
    }
}
