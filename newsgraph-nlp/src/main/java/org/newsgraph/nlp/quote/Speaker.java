package org.newsgraph.nlp.quote;

import org.newsgraph.model.Span;
import org.newsgraph.pipeline.Token;

/**
 * Who a quote is attributed to and by which words.
 *
 * @param entityId resolved entity, or null for a nominal speaker ("a spokesman")
 * @param name     the entity's name, or the words naming the speaker
 * @param span     the attributing words in the text
 * @param cue      the cue verb or phrase as written
 * @param cueSpan  where the cue is written in the text
 */
record Speaker(String entityId, String name, Span span, String cue, Span cueSpan) {

    /** The cue written as token {@code t}. */
    static Speaker cuedBy(String entityId, String name, Span span, Token t) {
        return new Speaker(entityId, name, span, t.word(), new Span(t.start(), t.end()));
    }

    /** This speaker with cue token {@code t}: the same person speaking again ("… and added that …"). */
    Speaker cuedBy(Token t) {
        return cuedBy(entityId, name, span, t);
    }
}
