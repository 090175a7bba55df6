package org.newsgraph.nlp.time;

import org.newsgraph.model.TimeExpression;
import org.newsgraph.pipeline.NlpDocument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quarters, halves and fiscal years, the periods business news reports in, and "mid-2011"-style years. SUTime misses
 * "the fourth quarter" and "fourth-quarter profit", reads "the final quarter" as a duration, puts a quarter without a
 * year in the current year even when a January report speaks of last year's, and has no fiscal years. TIMEX3
 * writes these {@code 2008-Q4}, {@code 2008-H1}, {@code FY2008} (fiscal quarters {@code FY2008-Q1}); a year with a
 * "mid-", "early-" or "late-" prefix keeps the year as value (the modifier is TIMEX3's {@code mod}, not the value).
 */
final class PartsOfYears {
    private static final String OF_YEAR = "(?:\\s+of\\s+(?:(?<fiscalOf>fiscal\\s+)?(?<yearOf>\\d{4})"
            + "|(?<thisYear>this\\s+year|the\\s+year|the\\s+current\\s+year)|(?<lastYear>last\\s+year)))?";
    private static final Pattern QUARTER = Pattern.compile("(?i)\\b(?:(?<det>the|this|a)\\s+)?(?:(?<year>\\d{4})"
            + "(?:'s|’s)?\\s+)?(?<fiscal>fiscal\\s+)?(?<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)"
            + "[\\s-]+quarter\\b" + OF_YEAR);
    private static final Pattern HALF = Pattern.compile("(?i)\\b(?:(?<det>the|this|a)\\s+)?(?:(?<year>\\d{4})"
            + "(?:'s|’s)?\\s+)?(?<fiscal>fiscal\\s+)?(?<ord>first|second)[\\s-]+half\\b" + OF_YEAR);
    private static final Pattern FISCAL = Pattern.compile("(?i)\\b(?:(?<det>the|this|last|next|previous|past"
            + "|current)\\s+)?(?:(?<year0>\\d{4})(?:[/-]\\d{2,4})?\\s+)?(?:fiscal|financial)(?<word>\\s+year)?(?:\\s+(?<year>\\d{4}))?"
            + "\\b");
    private static final Pattern PREFIXED_YEAR = Pattern.compile("(?i)\\b(?:mid|early|late)-(\\d{4})\\b");
    /**
     * A quarter or half with no year, fiscal or "of this year" is a part of a year only in an article that reports
     * business results; elsewhere it is a game's ("scored in the second half", "led in the fourth quarter"). Words
     * sports reports share (percentages, millions of a transfer fee) do not count.
     */
    private static final Pattern BUSINESS = Pattern.compile("(?i)\\b(?:profits?|revenues?|sales|earnings|income"
            + "|gdp|economy|quarterly|fiscal|dividends?|shareholders?|investors?|analysts?|forecasts?|guidance"
            + "|margins?)\\b");
    /** "of" continuing with something else than a year: "the first half of the match" is no part of a year. */
    private static final Pattern OF_OTHER = Pattern.compile("(?i)\\s+of\\b");

    private PartsOfYears() {
    }

    static List<TimeExpression> apply(NlpDocument doc, List<TimeExpression> times, String referenceDate) {
        LocalDate ref = referenceDate == null ? null : LocalDate.parse(referenceDate);
        String text = doc.text();
        List<TimeExpression> found = new ArrayList<>();
        boolean business = BUSINESS.matcher(text).find();
        part(doc, QUARTER.matcher(text), 3, ref, business, found);
        part(doc, HALF.matcher(text), 6, ref, business, found);
        Matcher f = FISCAL.matcher(text);
        while (f.find()) {
            if (f.group("word") == null && f.group("year") == null) continue;
            if (overlaps(found, f.start(), f.end())) continue;
            String value = fiscalYear(f, ref);
            if (value != null) found.add(widened(times, f.start(), f.end(), text, value));
        }
        Matcher p = PREFIXED_YEAR.matcher(text);
        while (p.find()) {
            if (!overlaps(found, p.start(), p.end())) found.add(new TimeExpression(p.group(), p.start(), p.end(),
                    "DATE", p.group(1)));
        }
        if (found.isEmpty()) return times;
        List<TimeExpression> out = new ArrayList<>(found);
        for (TimeExpression t : times) {
            if (!overlaps(found, t.start(), t.end())) out.add(t);
        }
        out.sort(Comparator.comparingInt(TimeExpression::start));
        return out;
    }

    /** Quarters ({@code months} 3) or halves (6) of a year. */
    private static void part(NlpDocument doc, Matcher m, int months, LocalDate ref, boolean business,
                             List<TimeExpression> into) {
        String text = doc.text();
        while (m.find()) {
            if (m.group("yearOf") == null && m.group("thisYear") == null && m.group("lastYear") == null
                    && OF_OTHER.matcher(text).region(m.end(), text.length()).lookingAt()) {
                continue;
            }
            if ("a".equalsIgnoreCase(m.group("det"))) continue; // "a second half", "a first quarter" count, not date
            boolean anchored = m.group("year") != null || m.group("yearOf") != null || m.group("thisYear") != null
                    || m.group("lastYear") != null || m.group("fiscal") != null;
            if (!anchored && !business) continue;
            int n = ordinal(m.group("ord"), months);
            boolean fiscal = m.group("fiscal") != null || m.group("fiscalOf") != null;
            String year = m.group("year") != null ? m.group("year") : m.group("yearOf");
            if (year == null && ref != null) {
                if (m.group("lastYear") != null) year = String.valueOf(ref.getYear() - 1);
                else if (m.group("thisYear") != null || "this".equalsIgnoreCase(m.group("det")) || fiscal) {
                    year = String.valueOf(ref.getYear());
                } else {
                    year = String.valueOf(placed(doc, m.start(), m.end(), n, months, ref));
                }
            }
            String part = (months == 3 ? "-Q" : "-H") + n;
            String value = year == null ? null : (fiscal ? "FY" : "") + year + part;
            into.add(new TimeExpression(m.group(), m.start(), m.end(), "DATE", value));
        }
    }

    private static int ordinal(String word, int months) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            case "final" -> 12 / months;
            default -> 4;
        };
    }

    /**
     * The year of the {@code n}th part without a year: in a past-tense sentence the latest such part that has begun
     * by the reference date, in a future-tense one the next that has not ended, else the reference year.
     */
    private static int placed(NlpDocument doc, int start, int end, int n, int months, LocalDate ref) {
        int tense = TenseAnchoring.tense(doc, start, end);
        int firstMonth = (n - 1) * months + 1, lastMonth = n * months;
        if (tense < 0 && firstMonth > ref.getMonthValue()) return ref.getYear() - 1;
        if (tense > 0 && lastMonth < ref.getMonthValue()) return ref.getYear() + 1;
        return ref.getYear();
    }

    private static String fiscalYear(Matcher f, LocalDate ref) {
        if (f.group("year") != null) return "FY" + f.group("year");
        if (f.group("year0") != null) return "FY" + f.group("year0");
        if (ref == null) return null;
        String det = f.group("det") == null ? "" : f.group("det").toLowerCase(Locale.ROOT);
        return switch (det) {
            case "last", "previous", "past" -> "FY" + (ref.getYear() - 1);
            case "next" -> "FY" + (ref.getYear() + 1);
            default -> "FY" + ref.getYear();
        };
    }

    /** The fiscal year over the span of a SUTime expression it lies in ("the beginning of the financial year"). */
    private static TimeExpression widened(List<TimeExpression> times, int start, int end, String text,
                                          String value) {
        int b = start, e = end;
        for (TimeExpression t : times) {
            if (t.start() < end && start < t.end() && "DATE".equals(t.type())) {
                b = Math.min(b, t.start());
                e = Math.max(e, t.end());
            }
        }
        return new TimeExpression(text.substring(b, e), b, e, "DATE", value);
    }

    private static boolean overlaps(List<TimeExpression> times, int start, int end) {
        for (TimeExpression t : times) {
            if (t.start() < end && start < t.end()) return true;
        }
        return false;
    }
}
