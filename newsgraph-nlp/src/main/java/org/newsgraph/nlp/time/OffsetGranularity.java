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
 * A shift of less than a day ("hours earlier", "two hours later", "minutes after") stays on the reference day: SUTime
 * counts it back from the day's midnight when the reference has no clock time, which put "hours earlier" on the day
 * before. "48 hours earlier" is two days, as SUTime has it.
 */
final class OffsetGranularity {
    private static final Pattern OFFSET = Pattern.compile("(?i).*\\b(week|month|quarter|year|decade)s?\\s+"
            + "(earlier|later|before|after)");
    private static final Pattern WITHIN_THE_DAY = Pattern.compile("(?i)(?:(?<count>\\S+)\\s+)?(?<unit>hours?|minutes?)"
            + "\\s+(?:earlier|later|before|after|ago)");
    private static final List<String> COUNT_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty");
    private static final int HOURS_IN_A_DAY = 24;
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private OffsetGranularity() {
    }

    /** Whether the text shifts by less than a day: minutes, hours without a count, or fewer than 24 of them. */
    private static boolean withinTheDay(String text) {
        Matcher m = WITHIN_THE_DAY.matcher(text);
        if (!m.matches()) return false;
        String count = m.group("count");
        if (count == null || m.group("unit").toLowerCase(Locale.ROOT).startsWith("minute")) return true;
        String c = count.toLowerCase(Locale.ROOT);
        int n = c.chars().allMatch(Character::isDigit) && c.length() < 4 ? Integer.parseInt(c) : COUNT_WORDS.indexOf(c);
        // "a few", "several", "some" hours: no count, so within the day
        return n < 0 ? !c.chars().allMatch(Character::isDigit) : n < HOURS_IN_A_DAY;
    }

    static List<TimeExpression> apply(List<TimeExpression> times, String referenceDate) {
        List<TimeExpression> out = new ArrayList<>(times.size());
        for (TimeExpression t : times) {
            if (referenceDate != null && t.value() != null && DAY.matcher(t.value()).matches()
                    && withinTheDay(t.text())) {
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
