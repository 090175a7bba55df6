package org.newsgraph.index;

import org.newsgraph.model.Quote;

/**
 * A quote with where it was said.
 *
 * @param speakerId the knowledge-base id of the speaker, or null when the speaker is not a resolved entity
 * @param quote     the quote as analysed, offsets into the article's text
 */
public record QuoteHit(String articleId, String articleTitle, String published, String speakerId, Quote quote) {
}
