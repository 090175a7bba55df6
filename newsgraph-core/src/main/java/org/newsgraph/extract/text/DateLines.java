package org.newsgraph.extract.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a line that is nothing but a date stamp ("Published March 3, 2024 10:32 AM ET", "Updated: 2024-03-04") into
 * an ISO date. Lines with other words around the date are prose, not stamps, and are refused.
 */
final class DateLines {

    private static final String MONTH = "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern DATE = Pattern.compile(
            "(?:" + MONTH + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>\\d{4})"
                    + "|(?<day2>\\d{1,2})\\.?\\s+" + MONTH.replace("month", "month2") + ",?\\s+(?<year2>\\d{4})"
                    + "|(?<year3>\\d{4})-(?<month3>\\d{2})-(?<day3>\\d{2}))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STAMP_WORDS = Pattern.compile(
            "(?:last\\s+)?(?:published|posted|updated|modified|veröffentlicht|aktualisiert|publié|mis à jour"
                    + "|publicado|actualizado)(?:\\s+(?:on|at|am|le|el))?"
                    + "|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\\b(?:mon|tue|wed|thu|fri|sat|sun)\\b"
                    + "|\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*\\p{Lu}{2,4}\\b)?|\\b[ap]\\.?m\\.?\\b|\\bat\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UPDATED = Pattern.compile("updated|modified|aktualisiert|mis à jour|actualizado",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    private DateLines() {
    }

    /** The stamp as a fact, or null when the line is not a bare date stamp. */
    static LineFact read(String line) {
        if (line.length() > 80) return null;
        Matcher m = DATE.matcher(line);
        if (!m.find()) return null;
        if (!onlyStampWords(line.substring(0, m.start()) + " " + line.substring(m.end()))) return null;
        String iso = iso(m);
        if (iso == null) return null;
        return LineFact.of(UPDATED.matcher(line).find() ? LineFact.Kind.MODIFIED : LineFact.Kind.PUBLISHED, iso);
    }

    /**
     * Whether a piece of a head line belongs to its date stamp: a date, a time, a weekday or a stamp word
     * ("Updated"), with nothing else in it.
     */
    static boolean isStampPart(String part) {
        Matcher m = DATE.matcher(part);
        return m.find() ? onlyStampWords(part.substring(0, m.start()) + " " + part.substring(m.end()))
                : onlyStampWords(part);
    }

    private static boolean onlyStampWords(String s) {
        return STAMP_WORDS.matcher(s).replaceAll("").replaceAll("[\\s,:|·•()\\-–—]", "").isEmpty();
    }

    private static String iso(Matcher m) {
        try {
            if (m.group("year3") != null) {
                return LocalDate.of(Integer.parseInt(m.group("year3")), Integer.parseInt(m.group("month3")),
                        Integer.parseInt(m.group("day3"))).toString();
            }
            boolean first = m.group("year") != null;
            String month = first ? m.group("month") : m.group("month2");
            int day = Integer.parseInt(first ? m.group("day") : m.group("day2"));
            int year = Integer.parseInt(first ? m.group("year") : m.group("year2"));
            return LocalDate.of(year, MONTHS.get(month.substring(0, 3).toLowerCase(Locale.ROOT)), day).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
