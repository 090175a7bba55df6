package org.newsgraph.nlp.time;

import org.newsgraph.model.TimeExpression;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts expressions SUTime glued onto words that are not part of them. "arrives on November 11, three days later than
 * planned" becomes "November 11" shifted by three days; "announced on Tuesday the first generation of ..." becomes
 * the 1st of the month; "the worst week since 2001" has no value. TIMEX3 marks only the date in these: the offset
 * phrase compares with another date, the ordinal belongs to the noun after it, "since" is a signal.
 */
final class MergedExpressions {
    /** A date, a comma and an offset: "November 11, three days later". */
    private static final Pattern DATE_THEN_OFFSET = Pattern.compile("(?i)(.*?\\d),\\s+" + Durations.NUMBER
            + "\\s+(day|week|month|year)s?\\s+(later|earlier)");
    /** A weekday followed by an ordinal: "Tuesday the first". */
    private static final Pattern WEEKDAY_ORDINAL = Pattern.compile("(?i)((?:on\\s+)?(?:mon|tues|wednes|thurs|fri"
            + "|satur|sun)day)\\s+the\\s+\\S+");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** A span SUTime could not value that ends in "since" and a year: "week since 2001". */
    private static final Pattern SINCE_YEAR = Pattern.compile("(?i).*\\bsince\\s+(\\d{4})");

    private MergedExpressions() {
    }

    static List<TimeExpression> apply(NlpDocument doc, List<TimeExpression> times, String referenceDate) {
        List<TimeExpression> out = new ArrayList<>(times.size());
        for (TimeExpression t : times) {
            out.add(cut(doc, t, referenceDate));
        }
        return out;
    }

    private static TimeExpression cut(NlpDocument doc, TimeExpression t, String referenceDate) {
        Matcher since = SINCE_YEAR.matcher(t.text());
        if (t.value() == null && since.matches()) {
            return new TimeExpression(since.group(1), t.start() + since.start(1), t.end(), "DATE", since.group(1));
        }
        Matcher m = DATE_THEN_OFFSET.matcher(t.text());
        if (m.matches() && t.value() != null && DAY.matcher(t.value()).matches()) {
            String amount = Durations.value(m.group(2), false, m.group(3));
            if (amount == null) return t;
            String value = unshift(LocalDate.parse(t.value()), amount, m.group(4).equalsIgnoreCase("later"));
            return new TimeExpression(m.group(1), t.start(), t.start() + m.group(1).length(), "DATE", value);
        }
        Matcher w = WEEKDAY_ORDINAL.matcher(t.text());
        Token next = Neighbours.after(doc, t.end());
        if (w.matches() && next != null && next.pos() != null && (next.pos().startsWith("NN")
                || next.pos().startsWith("JJ"))) {
            // The weekday alone: the nearest one before the reference, which TenseAnchoring then places by tense.
            String value = referenceDate == null ? null : TenseAnchoring.place(dayName(w.group(1)), -1,
                    LocalDate.parse(referenceDate));
            return new TimeExpression(w.group(1), t.start(), t.start() + w.group(1).length(), "DATE", value);
        }
        return t;
    }

    private static String dayName(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("\\s+");
        return words[words.length - 1];
    }

    /** The date before SUTime added ("later") or subtracted ("earlier") the offset {@code P3D}, {@code P1W}... */
    private static String unshift(LocalDate shifted, String period, boolean later) {
        int n = (int) Double.parseDouble(period.substring(1, period.length() - 1));
        int sign = later ? -1 : 1;
        return switch (period.charAt(period.length() - 1)) {
            case 'D' -> shifted.plusDays(sign * n).toString();
            case 'W' -> shifted.plusWeeks(sign * n).toString();
            case 'M' -> shifted.plusMonths(sign * n).toString();
            default -> shifted.plusYears(sign * n).toString();
        };
    }
}
