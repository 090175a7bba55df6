package org.newsgraph.nlp.time;

import org.newsgraph.extract.DateNormalizer;
import org.newsgraph.model.Caption;
import org.newsgraph.model.PublishedEstimate;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The day a photo caption gives ("... walk after lunch in Singapore on June 12, 2018") as a lower bound for an
 * undated article's publication: a photo is taken before it is published. It is only a bound, never an anchor for
 * the article's relative times: an archive photo may be years older than the article ("last year" in a 2019 op-ed
 * under a 2018 photo is 2018), so it fills in an earliest date where the article's own text gives none and changes
 * nothing else. A caption that looks ahead ("the stadium that will host the final on July 5, 2026", "due to open on
 * March 1, 2031", "ahead of its launch, scheduled for May 5, 2027") bounds nothing.
 */
final class CaptionDates {
    /** Modals and "to be" in lower case: "May 5" is a month, "may reopen" a modal. */
    private static final Pattern AHEAD = Pattern.compile("\\b(?:will|would|shall|could|might|may|to be)\\b|'ll\\b"
            + "|\\b(?:scheduled|set|due|planned|slated|expected)\\s+(?:for|to|on|in)\\b|\\bahead\\s+of\\b");
    /**
     * An infinitive of intent before the date ("which is to host the final on July 19", "plans to open on"): what is
     * to be done on it lies ahead. A bare "to" is mostly a preposition ("opened to traffic on April 2", "is to the
     * left"), and after the date an infinitive is a purpose of what the photo shows ("gathered on June 12 to protest").
     */
    private static final Pattern INFINITIVE = Pattern.compile("\\b(?:is|are|was|were|going|plans?|aims?|hopes?"
            + "|intends?)\\s+to\\s+(?!(?:the|a|an|his|her|its|their|this|that)\\b)\\p{Ll}+\\b");

    private CaptionDates() {
    }

    /** The estimate with the latest caption day as its earliest bound when it had none; unchanged otherwise. */
    static PublishedEstimate bound(List<Caption> captions, PublishedEstimate estimate) {
        if (estimate != null && estimate.earliest() != null) return estimate;
        String day = null, text = null;
        for (Caption c : captions) {
            if (c.text() == null || AHEAD.matcher(c.text()).find()) continue;
            DateNormalizer.DateMatch d = DateNormalizer.find(c.text(), DateNormalizer.NumericOrder.MONTH_FIRST);
            if (d == null || d.value().length() < 10) continue;
            if (INFINITIVE.matcher(c.text().substring(0, d.start())).find()) continue;
            String iso = d.value().substring(0, 10);
            if (day == null || iso.compareTo(day) > 0) {
                day = iso;
                text = c.text().substring(d.start(), d.end());
            }
        }
        if (day == null) return estimate;
        String basis = "date of a photo caption, \"" + text + "\" (a photo is taken before it is published; relative"
                + " times are not resolved against it)";
        if (estimate == null) return new PublishedEstimate(day, null, basis);
        if (estimate.latest() != null && estimate.latest().compareTo(day) < 0) return estimate;
        return new PublishedEstimate(day, estimate.latest(), estimate.basis() + "; " + basis);
    }
}
