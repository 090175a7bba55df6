package org.newsgraph.nlp.time;

import org.newsgraph.model.PublishedEstimate;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.pipeline.NlpDocument;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Estimates when an undated article was published from its own absolutely dated references: news reports what
 * happened, so the article is no older than the latest date it reports in the past tense, and most likely
 * appeared before the earliest date it announces for the future. A date under a modal ("would be finished by
 * September 2026", "could reopen in May") is neither: what was foreseen or may happen.
 */
final class PublishedEstimator {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private PublishedEstimator() {
    }

    /** Null when the article gives no absolute date at day or month precision. */
    static PublishedEstimate estimate(NlpDocument doc, List<TimeExpression> unresolved) {
        String pastMax = null, pastText = null, futureMin = null, futureText = null;
        for (TimeExpression t : unresolved) {
            String day = asDay(t.value());
            if (day == null) continue;
            int tense = TenseAnchoring.tenseForBounds(doc, t.start(), t.end());
            if (tense == TenseAnchoring.MODAL) continue;
            if (tense > 0) {
                if (futureMin == null || day.compareTo(futureMin) < 0) {
                    futureMin = day;
                    futureText = t.text();
                }
            } else if (pastMax == null || day.compareTo(pastMax) > 0) {
                pastMax = day;
                pastText = t.text();
            }
        }
        if (pastMax == null && futureMin == null) return null;
        if (pastMax == null) {
            return new PublishedEstimate(null, futureMin, "only future dates are given; the earliest, \""
                    + futureText + "\", bounds publication from above");
        }
        String latest = futureMin != null && futureMin.compareTo(pastMax) >= 0 ? futureMin : null;
        String basis = "latest date reported in the past tense: \"" + pastText + "\""
                + (latest != null ? "; earliest date announced for the future: \"" + futureText + "\"" : "");
        return new PublishedEstimate(pastMax, latest, basis);
    }

    /** A month counts from its first day, the most cautious reading for an earliest bound. */
    private static String asDay(String value) {
        if (value == null) return null;
        if (DAY.matcher(value).matches()) return value;
        if (MONTH.matcher(value).matches()) return value + "-01";
        return null;
    }
}
