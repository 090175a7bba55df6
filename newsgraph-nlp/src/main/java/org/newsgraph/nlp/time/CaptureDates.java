package org.newsgraph.nlp.time;

import org.newsgraph.model.PublishedEstimate;

import java.time.LocalDate;

/**
 * The day a crawler captured the page (a WARC record's WARC-Date) as the latest bound of an undated article's
 * publication: nothing is fetched before it exists. It is only a bound, never an anchor for relative times: a crawl
 * may fetch an archive page years after it appeared, so "last year" cannot be read against the capture day.
 */
final class CaptureDates {

    private CaptureDates() {
    }

    /**
     * The estimate with the capture day as its latest bound where that is tighter than what the text gave; unchanged
     * without a capture time, or when the text reports a day after the capture (then one of the two is wrong, and the
     * text's own evidence is kept, see {@link #contradicts}).
     */
    static PublishedEstimate bound(String captured, PublishedEstimate estimate) {
        String day = day(captured);
        if (day == null || contradicts(captured, estimate)) return estimate;
        String basis = "captured by a crawler on " + day + " (WARC-Date), so published no later";
        if (estimate == null) return new PublishedEstimate(null, day, basis);
        if (estimate.latest() != null && estimate.latest().compareTo(day) <= 0) return estimate;
        return new PublishedEstimate(estimate.earliest(), day, estimate.basis() + "; " + basis);
    }

    /** True when the article reports in the past tense a day after the page was captured. */
    static boolean contradicts(String captured, PublishedEstimate estimate) {
        String day = day(captured);
        return day != null && estimate != null && estimate.earliest() != null && estimate.earliest().compareTo(day) > 0;
    }

    /**
     * True when a page's own publication day lies more than a day after its capture: nothing is fetched before it
     * exists, so one of the two is wrong. A day of grace, as a page dated in a zone ahead of UTC may carry the next
     * day while the crawler's clock still reads the one before.
     */
    static boolean publishedAfterCapture(String publishedDay, String captured) {
        String day = day(captured);
        return day != null && LocalDate.parse(publishedDay).isAfter(LocalDate.parse(day).plusDays(1));
    }

    /** The calendar day of an ISO instant ("2024-06-01T12:00:00Z"), in UTC as WARC writes it. */
    private static String day(String captured) {
        return captured == null || captured.length() < 10 ? null : captured.substring(0, 10);
    }
}
