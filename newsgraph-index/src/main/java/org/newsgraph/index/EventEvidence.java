package org.newsgraph.index;

import org.newsgraph.model.Event;

/**
 * One article's report of an event, with what a reader needs to check it: the article and the sentence. The
 * event's offsets ({@code sentence}, {@code trigger}, actor {@code span}s) point into that article's text.
 *
 * @param sentenceNumber 1-based number of the sentence in the article, or 0 when unknown
 * @param sentenceText   the words of the event's sentence, or null when its offsets do not fit the text
 * @param independent    false for a syndicated or near-duplicate copy of a report already counted
 */
public record EventEvidence(String articleId, String articleTitle, String publisher, String url, String published,
                            int sentenceNumber, String sentenceText, boolean independent, Event event) {
}
