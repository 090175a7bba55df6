package org.newsgraph.events;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.TimeExpression;

/**
 * "two years ago": TIMEX3 (and our time tagger) mark only "two years", a duration, with "ago" as the signal that
 * anchors it to the publication date. The event happened that long before publication, known as finely as the
 * unit says: "three days ago" a day, "four months ago" a month, "two years ago" (or "a decade ago") a year; weeks
 * count back to a day, an approximation the value's format cannot mark. Amounts reaching back further than
 * {@link #MAX_YEARS_BACK} ("65 million years ago") are geology, not events: no date, and no arithmetic that could
 * overflow on them.
 */
final class AgoDates {

    /** A whole amount of one unit: P3D, P2W, P4M, P2Y, PT5H (vague "PXY" and fractions "P1.5Y" give no date). */
    private static final Pattern PERIOD = Pattern.compile("P(?:(\\d{1,9})([YMWD])|T(\\d{1,9})([HMS]))");
    static final int MAX_YEARS_BACK = 1000;
    private static final long MAX_DAYS_BACK = 366L * MAX_YEARS_BACK;
    private static final Pattern AGO = Pattern.compile("\\s+ago\\b", Pattern.CASE_INSENSITIVE);

    private AgoDates() {
    }

    /** The calendar value of {@code t} when it is a duration followed by "ago" in {@code text}, else null. */
    static String value(TimeExpression t, String text, String published) {
        if (!"DURATION".equals(t.type()) || t.value() == null || published == null) return null;
        Matcher m = PERIOD.matcher(t.value());
        if (!m.matches() || t.end() > text.length() || !AGO.matcher(text).region(t.end(), text.length()).lookingAt()) {
            return null;
        }
        if (m.group(3) != null) return clockAgo(published, Long.parseLong(m.group(3)), m.group(4));
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2);
        LocalDate day = EventDates.day(published);
        if (day == null || n > MAX_DAYS_BACK) return null; // no unit is shorter than a day
        LocalDate then = switch (unit) {
            case "Y" -> day.minusYears(n);
            case "M" -> day.minusMonths(n);
            case "W" -> day.minusWeeks(n);
            default -> day.minusDays(n);
        };
        if (then.getYear() < day.getYear() - MAX_YEARS_BACK) return null;
        return switch (unit) {
            case "Y" -> String.valueOf(then.getYear());
            case "M" -> then.toString().substring(0, 7);
            default -> then.toString();
        };
    }

    /** "three hours ago": the day of that moment when the publication time is known, else the publication day. */
    private static String clockAgo(String published, long n, String unit) {
        try {
            LocalDateTime at = LocalDateTime.parse(published.length() > 19 ? published.substring(0, 19) : published);
            LocalDateTime then = switch (unit) {
                case "H" -> at.minusHours(n);
                case "M" -> at.minusMinutes(n);
                default -> at.minusSeconds(n);
            };
            return then.getYear() < at.getYear() - MAX_YEARS_BACK ? null : then.toLocalDate().toString();
        } catch (DateTimeParseException e) {
            LocalDate day = EventDates.day(published);
            return day == null ? null : day.toString();
        }
    }
}
