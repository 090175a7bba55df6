package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What the understanding stages add to an article. Every offset points into the article's {@code text}.
 * Lists are empty, never null, when a stage found nothing or did not run ({@code warnings} says which).
 */
@JsonPropertyOrder({"sentences", "entities", "quotes", "times", "events", "published_estimate", "analysis_warnings"})
public record Analysis(List<Span> sentences, List<Entity> entities, List<Quote> quotes, List<TimeExpression> times,
                       List<Event> events, PublishedEstimate publishedEstimate, List<String> analysisWarnings) {

    public static final Analysis EMPTY = new Analysis(List.of(), List.of(), List.of(), List.of(), List.of(), null,
            List.of());

    public Analysis {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        times = List.copyOf(times);
        events = List.copyOf(events);
        analysisWarnings = List.copyOf(analysisWarnings);
    }
}
