package org.newsgraph.nlp.time;

import org.newsgraph.model.TimeExpression;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "the last quarter", "the previous month", "the past decade" as a date: the unit before the one holding the
 * reference date. SUTime sometimes
 * returns the current unit for these (a report dated in January about "the last quarter" means the fourth
 * quarter of the year before), which "last" never means.
 */
final class LastUnits {
    private static final Pattern LAST = Pattern.compile("(?i)(the\\s+)?(last|past|previous)\\s+(week|month|quarter"
            + "|year|decade)");

    private LastUnits() {
    }

    static List<TimeExpression> apply(List<TimeExpression> times, String referenceDate) {
        if (referenceDate == null) return times;
        LocalDate ref = LocalDate.parse(referenceDate);
        List<TimeExpression> out = new ArrayList<>(times.size());
        for (TimeExpression t : times) {
            var m = LAST.matcher(t.text());
            String value = t.value();
            if (m.matches() && value != null && value.equals(unit(ref, m.group(3).toLowerCase(java.util.Locale.ROOT)))) {
                String previous = unit(previous(ref, m.group(3).toLowerCase(java.util.Locale.ROOT)), m.group(3).toLowerCase(java.util.Locale.ROOT));
                out.add(new TimeExpression(t.text(), t.start(), t.end(), t.type(), previous));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private static LocalDate previous(LocalDate d, String unit) {
        return switch (unit) {
            case "week" -> d.minusWeeks(1);
            case "month" -> d.minusMonths(1);
            case "quarter" -> d.minusMonths(3);
            case "decade" -> d.minusYears(10);
            default -> d.minusYears(1);
        };
    }

    /** The TIMEX3 value of the {@code unit} (week, month, quarter, decade, else year) holding {@code d}. */
    static String unit(LocalDate d, String unit) {
        return switch (unit) {
            case "week" -> String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
                    d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case "month" -> String.format("%d-%02d", d.getYear(), d.getMonthValue());
            case "quarter" -> d.getYear() + "-Q" + d.get(IsoFields.QUARTER_OF_YEAR);
            case "decade" -> String.valueOf(d.getYear() / 10);
            default -> String.valueOf(d.getYear());
        };
    }
}
