package org.newsgraph.nlp.time;

import org.newsgraph.model.TimeExpression;
import org.newsgraph.pipeline.NlpDocument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A season or "the new year" named without its year. SUTime puts both in the reference year whatever the sentence
 * says: "publish them in the spring" written in November is 2026-SP, a spring seven months gone, and "review its
 * plans in the new year" is the year about to end. A season is placed as a bare month is ({@link TenseAnchoring}):
 * by the tense of its sentence, the nearest one after a past saying's "would"; "the new year" after midsummer is the
 * next one unless the sentence tells of it as begun (a past tense, "since").
 */
final class Seasons {
    /** "this summer" is SUTime's already, and "that spring" the narrative's, whichever year that is. */
    private static final Pattern BARE_SEASON = Pattern.compile("(?i)(?:(?:in|by|until|over|during|through|from|"
            + "before|after|since|the)\\s+)*(?<season>spring|summer|autumn|fall|winter)");
    private static final Pattern NEW_YEAR = Pattern.compile("(?i)(?:(?:in|by|until|after|into|early|from)\\s+)*"
            + "(?:the\\s+)?new\\s+year");
    private static final Pattern SEASON_VALUE = Pattern.compile("(?<year>\\d{4})-(?<code>SP|SU|FA|WI)");
    /** The first and last month of each season as the northern hemisphere's news uses them. */
    private static final int[][] MONTHS = {{3, 5}, {6, 8}, {9, 11}};
    private static final List<String> CODES = List.of("SP", "SU", "FA", "WI");
    private static final int MIDSUMMER = 7;
    private static final Pattern SINCE = Pattern.compile("(?i)\\bsince\\s+(?:the\\s+)?$");
    private static final int SINCE_REACH = 12;

    private Seasons() {
    }

    static List<TimeExpression> apply(NlpDocument doc, List<TimeExpression> times, String referenceDate) {
        if (referenceDate == null) return times;
        LocalDate ref = LocalDate.parse(referenceDate);
        List<TimeExpression> out = new ArrayList<>(times.size());
        for (TimeExpression t : times) {
            String value = placed(doc, t, ref);
            out.add(value == null || value.equals(t.value()) ? t
                    : new TimeExpression(t.text(), t.start(), t.end(), t.type(), value));
        }
        return out;
    }

    private static String placed(NlpDocument doc, TimeExpression t, LocalDate ref) {
        if (t.value() == null || !t.value().startsWith(Integer.toString(ref.getYear()))) return null;
        if (NEW_YEAR.matcher(t.text()).matches()) {
            // "sales picked up after the new year", "since the new year the firm has opened ten shops": the one
            // under way, whenever in it they are written
            boolean begun = TenseAnchoring.namedTense(doc, t.start(), t.end()) < 0 || SINCE.matcher(
                    doc.text().substring(Math.max(0, t.start() - SINCE_REACH), t.start())).find();
            return Integer.toString(ref.getMonthValue() >= MIDSUMMER && !begun ? ref.getYear() + 1 : ref.getYear());
        }
        Matcher v = SEASON_VALUE.matcher(t.value());
        if (!v.matches() || !BARE_SEASON.matcher(t.text()).matches()) return null;
        int season = CODES.indexOf(v.group("code"));
        // TIMEX3 leaves open which months a year's winter spans, so its year is not moved
        if (v.group("code").equals("WI")) return null;
        int tense = TenseAnchoring.namedTense(doc, t.start(), t.end());
        int year = switch (tense) {
            case -1 -> lastBy(season, ref);
            case 1 -> nextFrom(season, ref);
            case TenseAnchoring.WOULD -> nearest(season, ref);
            default -> -1;
        };
        return year < 0 ? null : year + "-" + CODES.get(season);
    }

    /** The year of the latest such season begun by the reference day. */
    private static int lastBy(int season, LocalDate ref) {
        return start(season, ref.getYear()).isAfter(ref) ? ref.getYear() - 1 : ref.getYear();
    }

    /** The year of the first such season not over by the reference day. */
    private static int nextFrom(int season, LocalDate ref) {
        return end(season, ref.getYear()).isBefore(ref) ? ref.getYear() + 1 : ref.getYear();
    }

    private static int nearest(int season, LocalDate ref) {
        int before = lastBy(season, ref), after = nextFrom(season, ref);
        if (before == after) return before;
        long gone = ref.toEpochDay() - end(season, before).toEpochDay();
        long ahead = start(season, after).toEpochDay() - ref.toEpochDay();
        return gone < ahead ? before : after;
    }

    private static LocalDate start(int season, int year) {
        return LocalDate.of(year, 1, 1).plusMonths(MONTHS[season][0] - 1L);
    }

    private static LocalDate end(int season, int year) {
        return LocalDate.of(year, 1, 1).plusMonths(MONTHS[season][1]).minusDays(1);
    }
}
