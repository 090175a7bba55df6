package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;

/**
 * What the understanding stages add to an article. Every offset points into the article's {@code text}.
 * Lists are empty, never null, when a stage found nothing or did not run ({@code warnings} says which).
 */
@JsonPropertyOrder({"sentences", "entities", "quotes", "times", "events", "published_estimate", "analysis_warnings"})
public record Analysis(List<Span> sentences, List<Entity> entities, List<Quote> quotes, List<TimeExpression> times,
                       List<Event> events, PublishedEstimate publishedEstimate, List<String> analysisWarnings) {

    public static final Analysis EMPTY = new Analysis(List.of(), List.of(), List.of(), List.of(), List.of(), null,
            List.of());

    /** How the warning of an analysis that failed (a bug in a stage) begins; it then names the article and cause. */
    public static final String FAILED = "analysis failed on ";

    /** How the warning of an analysis skipped for its text's language ends: the models are English only. */
    private static final String NOT_ENGLISH = "' is not supported (English only); annotations skipped";

    /** How the warning of a text analysed only in part begins. */
    private static final String CAPPED = "analysis: text of ";

    public Analysis {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        times = List.copyOf(times);
        events = List.copyOf(events);
        analysisWarnings = List.copyOf(analysisWarnings);
    }

    /**
     * Why the analysis failed, naming the article, or empty when it did not. Such an analysis is empty; a run reports
     * and counts it, and the knowledge base stores its article without marking the input done, so a rerun retries it.
     */
    @JsonIgnore
    public Optional<String> failure() {
        return analysisWarnings.stream().filter(w -> w.startsWith(FAILED)).findFirst();
    }

    /** The warning of an analysis skipped because the text is in {@code language} (an ISO 639-1 code), not English. */
    public static String notEnglishWarning(String language) {
        return "analysis: language '" + language + NOT_ENGLISH;
    }

    /** The warning of a text of {@code length} characters analysed only up to {@code analysed}, at {@code cap}. */
    public static String cappedWarning(int length, int analysed, int cap) {
        return CAPPED + length + " characters analysed up to offset " + analysed + " (cap " + cap + ")";
    }

    /**
     * The warnings a run names on stderr beside the page they are about: a text not analysed because it is not in
     * English, or analysed only up to the cap. An empty or short analysis otherwise looks like a text with little in
     * it.
     */
    @JsonIgnore
    public List<String> reported() {
        return analysisWarnings.stream().filter(w -> w.endsWith(NOT_ENGLISH) || w.startsWith(CAPPED)).toList();
    }
}
