package org.newsgraph.pipeline;

import org.newsgraph.model.EntityType;
import org.newsgraph.model.Span;

/**
 * A named-entity mention as the tagger found it, before entities are resolved.
 *
 * @param firstToken index of its first token in the document's token list
 * @param endToken   index after its last token
 */
public record Mention(Span span, String text, EntityType type, int firstToken, int endToken) {
}
