package org.newsgraph.nlp.time;

import org.newsgraph.model.TimeExpression;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes every DURATION, and any expression of an amount SUTime left without a value, as a TIMEX3 duration ({@code P4Y}, {@code PT6H}, {@code P2.5Y}). SUTime gives "the next
 * four years" the value {@code REF/UNKNOWN}, a range "from 2009 to 2011" its two ends, and reads "two and a half
 * years" as "years" of unknown length; the amount is in the text or in the range's ends.
 */
final class Durations {
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("hundred", 100));
    static final String NUMBER = "(\\d+(?:\\.\\d+)?|" + String.join("|", NUMBERS.keySet()) + ")";
    private static final String UNIT = "(second|minute|hour|day|week|fortnight|month|quarter|year|decade|century"
            + "|centuries)s?";
    /** An amount and unit, anywhere in the expression: "the next four years", "almost two and a half years". */
    private static final Pattern AMOUNT = Pattern.compile("(?i)\\b" + NUMBER + "(\\s+and\\s+a\\s+half)?[\\s-]+"
            + UNIT + "\\b");
    /** The amount SUTime left out in front of a bare unit: "two and a half " before "years". */
    private static final Pattern AMOUNT_BEFORE = Pattern.compile("(?i)\\b" + NUMBER + "(\\s+and\\s+a\\s+half)?\\s+$");
    private static final Pattern BARE_UNIT = Pattern.compile("(?i)" + UNIT);
    private static final Pattern YEARS = Pattern.compile("(\\d{4})/(\\d{4})");
    /** Already a TIMEX3 duration: "P4Y", "P2Y6M", "PT1.5H". */
    private static final Pattern VALID = Pattern.compile("P(?=[\\dT])(?:[\\d.]+[YMWD])*(?:T(?:[\\d.]+[HMS])+)?");

    private Durations() {
    }

    static List<TimeExpression> apply(String text, List<TimeExpression> times) {
        List<TimeExpression> out = new ArrayList<>(times.size());
        for (TimeExpression t : times) {
            boolean valid = t.value() != null && VALID.matcher(t.value()).matches();
            // SUTime leaves some spans of an amount without a value ("the first nine months of the year")
            out.add(("DURATION".equals(t.type()) || t.value() == null) && !valid ? complete(text, t) : t);
        }
        return out;
    }

    private static TimeExpression complete(String text, TimeExpression t) {
        Matcher m = AMOUNT.matcher(t.text());
        if (m.find()) return with(text, t, t.start(), value(m.group(1), m.group(2) != null, m.group(3)));
        Matcher y = t.value() == null ? null : YEARS.matcher(t.value());
        if (y != null && y.matches()) {
            int years = Integer.parseInt(y.group(2)) - Integer.parseInt(y.group(1));
            return years > 0 ? with(text, t, t.start(), "P" + years + "Y") : t;
        }
        Matcher bare = BARE_UNIT.matcher(t.text());
        if (!bare.matches()) return t;
        Matcher before = AMOUNT_BEFORE.matcher(text).region(Math.max(0, t.start() - 40), t.start());
        if (!before.find()) return t;
        return with(text, t, before.start(), value(before.group(1), before.group(2) != null, bare.group(1)));
    }

    /** The expression with a new value, and its start moved back to {@code start} when the amount was outside. */
    private static TimeExpression with(String text, TimeExpression t, int start, String value) {
        if (value == null) return t;
        return new TimeExpression(text.substring(start, t.end()), start, t.end(), "DURATION", value);
    }

    /** TIMEX3 duration for an amount of a unit; null when the unit has no TIMEX3 letter. */
    static String value(String number, boolean andAHalf, String unit) {
        String n = number.toLowerCase(Locale.ROOT);
        BigDecimal amount = NUMBERS.containsKey(n) ? BigDecimal.valueOf(NUMBERS.get(n)) : new BigDecimal(n);
        if (andAHalf) amount = amount.add(new BigDecimal("0.5"));
        String u = unit.toLowerCase(Locale.ROOT);
        return switch (u) {
            case "second" -> "PT" + plain(amount) + "S";
            case "minute" -> "PT" + plain(amount) + "M";
            case "hour" -> "PT" + plain(amount) + "H";
            case "day" -> "P" + plain(amount) + "D";
            case "week" -> "P" + plain(amount) + "W";
            case "fortnight" -> "P" + plain(amount.multiply(BigDecimal.valueOf(2))) + "W";
            case "month" -> "P" + plain(amount) + "M";
            case "quarter" -> "P" + plain(amount.multiply(BigDecimal.valueOf(3))) + "M";
            case "year" -> "P" + plain(amount) + "Y";
            case "decade" -> "P" + plain(amount.multiply(BigDecimal.TEN)) + "Y";
            case "century", "centuries" -> "P" + plain(amount.multiply(BigDecimal.valueOf(100))) + "Y";
            default -> null;
        };
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
