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
 */
final class OffsetGranularity {
    private static final Pattern OFFSET = Pattern.compile("(?i).*\\b(week|month|quarter|year|decade)s?\\s+"
            + "(earlier|later|before|after)");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private OffsetGranularity() {
    }

    static List<TimeExpression> apply(List<TimeExpression> times) {
        List<TimeExpression> out = new ArrayList<>(times.size());
        for (TimeExpression t : times) {
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
