package org.newsgraph.nlp.entity;

import org.newsgraph.model.EntityType;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;

/** Mentions over token ranges, for the classes that move or cut the tagger's mention edges. */
final class MentionSpans {

    private MentionSpans() {
    }

    /** The mention of tokens [first, end) with {@code type}. */
    static Mention of(NlpDocument doc, int first, int end, EntityType type) {
        Span span = new Span(doc.tokens().get(first).start(), doc.tokens().get(end - 1).end());
        return new Mention(span, span.of(doc.text()), type, first, end);
    }

    /** {@code m} with new token bounds, or {@code m} itself when they did not move. */
    static Mention withBounds(NlpDocument doc, Mention m, int first, int end) {
        return first == m.firstToken() && end == m.endToken() ? m : of(doc, first, end, m.type());
    }
}
