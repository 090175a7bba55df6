package org.newsgraph.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns date strings as pages write them ("June 12, 2018", "12 June 2018", "Tue, 12 Jun 2018 10:00:00 GMT",
 * "2018-06-12T10:00:00+02:00", "Published 3:04 PM ET, Tue June 12, 2018", "06/12/2018") into ISO-8601: a date
 * ({@code 2018-06-12}), a local date-time ({@code 2018-06-12T15:04:00}) when a time without zone is given, an offset
 * date-time ({@code 2018-06-12T15:04:00-04:00}) when the zone is known, or a month ({@code 2018-06}) when no day is
 * written. The offset written on the page is kept rather than converted to UTC, so the day stays the one shown.
 *
 * <p>All-numeric dates with slashes or dashes are ambiguous ("06/12/2018"). A part above 12 settles the order;
 * otherwise the caller's {@link NumericOrder} decides, month first by default because that is the common order on
 * English-language news sites (the US ones dominate), while pages in most other languages want {@code DAY_FIRST}.
 * Dotted dates ("12.06.2018") are day first everywhere they are used. Relative dates ("2 hours ago") need a
 * reference time and are left alone. Month names are recognised in English, French, German, Spanish, Italian,
 * Portuguese and Dutch, leaving out the abbreviations that are common words
 * in another language ("set", "out", "ago"). Stateless and thread-safe.
 */
public final class DateNormalizer {

    /** How to read an all-numeric date whose day and month could be swapped. */
    public enum NumericOrder { MONTH_FIRST, DAY_FIRST }

    /** A date found in text: its span (UTF-16 offsets, end exclusive) and its ISO-8601 value. */
    public record DateMatch(int start, int end, String value) {
    }

    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;
    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH = MONTHS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .collect(Collectors.joining("|", "(?<![\\p{L}])(", ")(?![\\p{L}])"));
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern ISO = Pattern.compile(
            "(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
                    + "\\s?(Z|[+-]\\d{2}(?::?\\d{2})?)?)?(?!\\d)");
    private static final Pattern COMPACT_ISO = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T(\\d{2})(\\d{2})(\\d{2})?(Z)?)?");
    private static final Pattern YMD = Pattern.compile("(?<![\\d./])(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})(?![\\d/])");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d./-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d/]|\\.\\d)");
    private static final String ORDINAL = "(?:st|nd|rd|th|er|º)?\\.?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})" + ORDINAL + "(?:\\s+|\\s*-\\s*)(?:of\\s+|de\\s+)?" + MONTH + "\\.?(?:,?\\s+|\\s*-\\s*)"
                    + "(?:de\\s+)?(\\d{4})(?!\\d)", FLAGS);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            MONTH + "\\.?\\s+(\\d{1,2})" + ORDINAL + "(?:,\\s*|\\s+)(\\d{4})(?!\\d)", FLAGS);
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + "\\.?,?\\s+(\\d{4})(?!\\d)", FLAGS);
    private static final Pattern TIME = Pattern.compile(
            "(?<![\\d:])(\\d{1,2})(?::(\\d{2}))(?::(\\d{2}))?(?:\\.\\d+)?(?:\\s*([ap])\\.?\\s?m\\b\\.?)?"
                    + "|(?<![\\d:])(\\d{1,2})\\s*([ap])\\.?\\s?m\\b\\.?", FLAGS);
    private static final Pattern ZONE = Pattern.compile(
            "\\s*\\(?((?:UTC|GMT)\\s?[+-]\\s?\\d{1,2}(?::?\\d{2})?|[+-]\\d{2}:?\\d{2}|[A-Z]{1,4})\\b");
    private static final Map<String, ZoneId> ZONES = zones();
    /** How far a time may stand from the date it belongs to. */
    private static final int TIME_WINDOW = 30;
    private static final DateTimeFormatter OFFSET_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter LOCAL_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private DateNormalizer() {
    }

    /** The ISO-8601 form of the first date written in {@code text} (month first when ambiguous), or null. */
    public static String normalize(String text) {
        return normalize(text, NumericOrder.MONTH_FIRST);
    }

    /** The ISO-8601 form of the first date written in {@code text}, or null when there is none. */
    public static String normalize(String text, NumericOrder order) {
        if (text == null || text.isBlank()) return null;
        String compact = compactIso(text.strip());
        if (compact != null) return compact;
        DateMatch m = find(text, order);
        return m == null ? null : m.value();
    }

    /** The first date written in free text, with the time next to it when there is one, or null. */
    public static DateMatch find(CharSequence text, NumericOrder order) {
        if (text == null || text.isEmpty()) return null;
        Candidate best = null;
        for (Form form : Form.values()) {
            Candidate c = form.find(text, order);
            if (c != null && (best == null || c.start < best.start
                    || c.start == best.start && c.end - c.start > best.end - best.start)) {
                best = c;
            }
        }
        if (best == null) return null;
        if (best.day == 0) return new DateMatch(best.start, best.end, best.date.toString().substring(0, 7));
        if (best.iso != null) return new DateMatch(best.start, best.end, best.iso);
        return withNearbyTime(text, best);
    }

    private static DateMatch withNearbyTime(CharSequence text, Candidate date) {
        int from = Math.max(0, date.start - TIME_WINDOW);
        int to = Math.min(text.length(), date.end + TIME_WINDOW);
        Matcher t = TIME.matcher(text).region(from, to);
        while (t.find()) {
            boolean before = t.end() <= date.start;
            if (!before && t.start() < date.end) continue;
            CharSequence gap = before ? text.subSequence(t.end(), date.start) : text.subSequence(date.end, t.start());
            if (!isGlue(gap, before)) continue;
            LocalTime time = time(t);
            if (time == null) continue;
            Matcher z = ZONE.matcher(text).region(t.end(), Math.min(text.length(), t.end() + 14));
            ZoneId zone = z.lookingAt() ? zone(z.group(1)) : null;
            int start = Math.min(date.start, t.start());
            int end = Math.max(date.end, zone != null ? z.end() : t.end());
            return new DateMatch(start, end, format(date.date, time, zone));
        }
        return new DateMatch(date.start, date.end, date.date.toString());
    }

    /** Between a date and its time stand only words like "at", weekdays, zones and punctuation: no digits. */
    private static boolean isGlue(CharSequence gap, boolean timeFirst) {
        if (gap.length() > (timeFirst ? TIME_WINDOW : 12)) return false;
        for (int i = 0; i < gap.length(); i++) {
            char ch = gap.charAt(i);
            if (Character.isDigit(ch) || ch == '\n' || ch == '|') return false;
        }
        return true;
    }

    private static LocalTime time(Matcher t) {
        boolean colon = t.group(1) != null;
        int hour = Integer.parseInt(colon ? t.group(1) : t.group(5));
        int minute = colon ? Integer.parseInt(t.group(2)) : 0;
        int second = colon && t.group(3) != null ? Integer.parseInt(t.group(3)) : 0;
        String half = colon ? t.group(4) : t.group(6);
        if (half != null) {
            if (hour < 1 || hour > 12) return null;
            hour = hour % 12 + (Character.toLowerCase(half.charAt(0)) == 'p' ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59) return null;
        return LocalTime.of(hour, minute, second);
    }

    private static String format(LocalDate date, LocalTime time, ZoneId zone) {
        LocalDateTime local = LocalDateTime.of(date, time);
        if (zone == null) return LOCAL_FORMAT.format(local);
        return OFFSET_FORMAT.format(local.atZone(zone).toOffsetDateTime());
    }

    /** The zone for an abbreviation or an offset; null for unknown or ambiguous ones (IST, CST in Asia...). */
    static ZoneId zone(String name) {
        String n = name.replace(" ", "");
        ZoneId known = ZONES.get(n.toUpperCase(Locale.ROOT));
        if (known != null) return known;
        Matcher m = Pattern.compile("(?:UTC|GMT)?([+-])(\\d{1,2}):?(\\d{2})?").matcher(n);
        if (!m.matches()) return null;
        int hours = Integer.parseInt(m.group(2));
        int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (hours > 14 || minutes > 59) return null;
        int sign = m.group(1).equals("-") ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    private static String compactIso(String s) {
        Matcher m = COMPACT_ISO.matcher(s);
        if (!m.matches()) return null;
        LocalDate date = date(m.group(1), m.group(2), m.group(3));
        if (date == null) return null;
        if (m.group(4) == null) return date.toString();
        int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        LocalTime time = safeTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), second);
        if (time == null) return null;
        return format(date, time, m.group(7) == null ? null : ZoneOffset.UTC);
    }

    private static LocalTime safeTime(int h, int m, int s) {
        try {
            return LocalTime.of(h, m, s);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate date(String year, String month, String day) {
        return date(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    }

    private static LocalDate date(int year, int month, int day) {
        if (year < MIN_YEAR || year > MAX_YEAR) return null;
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int fullYear(String y) {
        int year = Integer.parseInt(y);
        if (y.length() == 2) year += year < 70 ? 2000 : 1900;
        return year;
    }

    /** A recognised date; {@code day == 0} marks a month without a day, {@code iso} a value already complete. */
    private record Candidate(int start, int end, LocalDate date, int day, String iso) {
        static Candidate of(Matcher m, LocalDate date) {
            return date == null ? null : new Candidate(m.start(), m.end(), date, date.getDayOfMonth(), null);
        }
    }

    /** The written forms of dates, each one pattern. */
    private enum Form {
        ISO_FORM(ISO) {
            @Override
            Candidate read(Matcher m, NumericOrder order) {
                LocalDate date = date(m.group(1), m.group(2), m.group(3));
                if (date == null) return null;
                if (m.group(4) == null) return Candidate.of(m, date);
                LocalTime time = safeTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                if (time == null) return Candidate.of(m, date);
                ZoneId zone = m.group(7) == null ? null : zone(m.group(7).equals("Z") ? "UTC" : m.group(7));
                return new Candidate(m.start(), m.end(), date, date.getDayOfMonth(), format(date, time, zone));
            }
        },
        YEAR_FIRST(YMD) {
            @Override
            Candidate read(Matcher m, NumericOrder order) {
                return Candidate.of(m, date(m.group(1), m.group(2), m.group(3)));
            }
        },
        ALL_NUMERIC(NUMERIC) {
            @Override
            Candidate read(Matcher m, NumericOrder order) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(3));
                int year = fullYear(m.group(4));
                boolean dayFirst = m.group(2).equals(".") || a > 12
                        || (b <= 12 && order == NumericOrder.DAY_FIRST);
                return Candidate.of(m, dayFirst ? date(year, b, a) : date(year, a, b));
            }
        },
        DAY_MONTH(DAY_MONTH_YEAR) {
            @Override
            Candidate read(Matcher m, NumericOrder order) {
                return Candidate.of(m, date(Integer.parseInt(m.group(3)), month(m.group(2)),
                        Integer.parseInt(m.group(1))));
            }
        },
        MONTH_DAY(MONTH_DAY_YEAR) {
            @Override
            Candidate read(Matcher m, NumericOrder order) {
                return Candidate.of(m, date(Integer.parseInt(m.group(3)), month(m.group(1)),
                        Integer.parseInt(m.group(2))));
            }
        },
        MONTH_ONLY(MONTH_YEAR) {
            @Override
            Candidate read(Matcher m, NumericOrder order) {
                LocalDate first = date(Integer.parseInt(m.group(2)), month(m.group(1)), 1);
                return first == null ? null : new Candidate(m.start(), m.end(), first, 0, null);
            }
        };

        private final Pattern pattern;

        Form(Pattern pattern) {
            this.pattern = pattern;
        }

        Candidate find(CharSequence text, NumericOrder order) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                Candidate c = read(m, order);
                if (c != null) return c;
            }
            return null;
        }

        abstract Candidate read(Matcher m, NumericOrder order);
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT));
    }

    private static Map<String, Integer> months() {
        String[][] names = {
                {"january", "jan", "janvier", "janv", "januar", "jänner", "enero", "gennaio", "janeiro", "januari"},
                {"february", "feb", "février", "fevrier", "févr", "fév", "februar", "febrero", "febbraio", "fevereiro", "fev", "februari"},
                {"march", "mar", "mars", "märz", "maerz", "marzo", "março", "maart", "mrt"},
                {"april", "apr", "avril", "avr", "abril", "abr", "aprile"},
                {"may", "mai", "mayo", "maggio", "maio", "mei"},
                {"june", "jun", "juin", "juni", "junio", "giugno", "junho"},
                {"july", "jul", "juillet", "juil", "juli", "julio", "luglio", "julho"},
                {"august", "aug", "août", "aout", "agosto", "augustus"},
                {"september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro"},
                {"october", "oct", "octobre", "oktober", "okt", "octubre", "ottobre", "outubro"},
                {"november", "nov", "novembre", "noviembre", "novembro"},
                {"december", "dec", "décembre", "decembre", "déc", "dezember", "dez", "diciembre", "dicembre", "dezembro"}};
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) map.putIfAbsent(n, i + 1);
        }
        return Map.copyOf(map);
    }

    private static Map<String, ZoneId> zones() {
        Map<String, ZoneId> z = new LinkedHashMap<>();
        z.put("Z", ZoneOffset.UTC);
        z.put("UTC", ZoneOffset.UTC);
        z.put("GMT", ZoneOffset.UTC);
        z.put("UT", ZoneOffset.UTC);
        // US zones: "ET" follows daylight saving, the explicit forms do not.
        z.put("ET", ZoneId.of("America/New_York"));
        z.put("EST", ZoneOffset.ofHours(-5));
        z.put("EDT", ZoneOffset.ofHours(-4));
        z.put("CT", ZoneId.of("America/Chicago"));
        z.put("CDT", ZoneOffset.ofHours(-5));
        z.put("MT", ZoneId.of("America/Denver"));
        z.put("MST", ZoneOffset.ofHours(-7));
        z.put("MDT", ZoneOffset.ofHours(-6));
        z.put("PT", ZoneId.of("America/Los_Angeles"));
        z.put("PST", ZoneOffset.ofHours(-8));
        z.put("PDT", ZoneOffset.ofHours(-7));
        z.put("BST", ZoneOffset.ofHours(1));
        z.put("CET", ZoneOffset.ofHours(1));
        z.put("CEST", ZoneOffset.ofHours(2));
        z.put("EET", ZoneOffset.ofHours(2));
        z.put("EEST", ZoneOffset.ofHours(3));
        z.put("JST", ZoneOffset.ofHours(9));
        z.put("AEST", ZoneOffset.ofHours(10));
        z.put("AEDT", ZoneOffset.ofHours(11));
        return Map.copyOf(z);
    }
}
