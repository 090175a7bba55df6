package org.newsgraph.nlp.time;

import org.newsgraph.model.PublishedEstimate;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Estimates when an undated article was published from its own absolutely dated references: news reports what
 * happened, so the article is no older than the latest date it reports in the past tense, and most likely
 * appeared before the earliest date it announces for the future.
 */
final class PublishedEstimator {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /**
     * Prepositions that place what a past-tense clause reports in the year after them ("in 2019", "since 2016");
     * "by", "until" and "before" name deadlines, which past clauses set for the future ("pledged to cut it by 2030").
     */
    private static final Set<String> PLACING = Set.of("in", "during", "since", "throughout", "from", "of");
    /** Modals, infinitives and words of planning: a clause holding one may set its year in the future. */
    private static final Set<String> LOOKING_AHEAD = Set.of("will", "would", "shall", "should", "can", "could", "may",
            "might", "must", "to", "plan", "plans", "planned", "scheduled", "expected", "due", "set", "hoped",
            "predicted", "forecast", "aims", "aimed", "intends", "intended", "promised", "pledged", "vowed");
    /** Words between such a preposition and its year: "in his 2019 New Year's address". */
    private static final Set<String> DETERMINERS = Set.of("the", "his", "her", "its", "their", "our", "this", "that");

    private PublishedEstimator() {
    }

    /**
     * Null when the article gives no absolute date at day or month precision, nor a year a past-tense clause places
     * what it reports in. Such a year bounds publication from below as a day does ("in his 2019 New Year's address
     * he built on ..." was written in 2019 or later, and counts from January 1st); a year alone says nothing useful
     * from above ("later in 2030" may be written in 2030), nor outside such a clause ("the 2030 targets are").
     */
    static Estimate estimate(NlpDocument doc, List<TimeExpression> unresolved) {
        String pastMax = null, pastText = null, futureMin = null, futureText = null;
        boolean pastYear = false;
        for (TimeExpression t : unresolved) {
            String day = asDay(t.value());
            boolean year = day == null && t.value() != null && YEAR.matcher(t.value()).matches()
                    && placedInThePast(doc, t.start()) && TenseAnchoring.tense(doc, t.start(), t.end()) < 0;
            if (day == null && !year) continue;
            if (TenseAnchoring.tense(doc, t.start(), t.end()) > 0) {
                if (futureMin == null || day.compareTo(futureMin) < 0) {
                    futureMin = day;
                    futureText = t.text();
                }
            } else {
                if (year) day = t.value() + "-01-01";
                if (pastMax != null && day.compareTo(pastMax) <= 0) continue;
                pastMax = day;
                pastText = t.text();
                pastYear = year;
            }
        }
        if (pastMax == null && futureMin == null) return null;
        if (pastMax == null) {
            return new Estimate(new PublishedEstimate(null, futureMin, "only future dates are given; the earliest, \""
                    + futureText + "\", bounds publication from above"), false);
        }
        String latest = futureMin != null && futureMin.compareTo(pastMax) >= 0 ? futureMin : null;
        String basis = "latest date reported in the past tense: \"" + pastText + "\""
                + (latest != null ? "; earliest date announced for the future: \"" + futureText + "\"" : "");
        return new Estimate(new PublishedEstimate(pastMax, latest, basis), pastYear);
    }

    /**
     * @param yearOnly the bound is a year's first day: it is a true bound (publication fell in it or later for 98 % of
     *                 the demo's articles with their dates withheld) but no anchor for relative times, since the year
     *                 a news text last reports is mostly years before it was written (resolved against it, 188 of
     *                 226 changed values on the demo were wrong, 13 right: docs/nlp.md)
     */
    record Estimate(PublishedEstimate published, boolean yearOnly) {
    }

    /**
     * Whether the year starting at {@code start} follows a preposition placing a past event in it, with no word
     * before it in its sentence that looks ahead: past clauses report plans ("announced that it would be released in
     * 2007", "scheduled for launch in 2021", "said the jet can be tested in 2010"), which name a year to come.
     */
    private static boolean placedInThePast(NlpDocument doc, int start) {
        List<Token> tokens = doc.tokens();
        int year = 0;
        while (year < tokens.size() && tokens.get(year).start() < start) year++;
        if (year == tokens.size()) return false;
        int i = year;
        if (i < tokens.size() && i > 0 && DETERMINERS.contains(lower(tokens.get(i - 1)))) i--;
        if (i == 0 || !PLACING.contains(lower(tokens.get(i - 1)))) return false;
        int first = doc.sentences().get(doc.sentenceOf(year)).firstToken();
        for (int k = first; k < year; k++) {
            if (LOOKING_AHEAD.contains(lower(tokens.get(k)))) return false;
        }
        return true;
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }

    /** A month counts from its first day, the most cautious reading for an earliest bound. */
    private static String asDay(String value) {
        if (value == null) return null;
        if (DAY.matcher(value).matches()) return value;
        if (MONTH.matcher(value).matches()) return value + "-01";
        return null;
    }
}
