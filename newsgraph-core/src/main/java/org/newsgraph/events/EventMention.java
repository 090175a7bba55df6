package org.newsgraph.events;

import org.newsgraph.model.Event;

/**
 * One article's report of an event: the coded event plus what the export tables need about the article.
 *
 * @param copyGroup      id shared by syndicated or near-duplicate copies of one article, or null when unique
 * @param publisher      the outlet (GDELT MentionSourceName), or null
 * @param published      ISO date or date-time the article appeared, or null
 * @param sentenceNumber 1-based number of the event's sentence in the article, or 0 when unknown
 * @param docLength      length of the article text in characters
 * @param independent    false for a syndicated copy of a report already counted (set by the deduplicator)
 */
public record EventMention(String articleId, String copyGroup, String publisher, String url, String published,
                           int sentenceNumber, int docLength, Event event, boolean independent) {

    public EventMention withIndependent(boolean value) {
        return new EventMention(articleId, copyGroup, publisher, url, published, sentenceNumber, docLength, event,
                value);
    }
}
