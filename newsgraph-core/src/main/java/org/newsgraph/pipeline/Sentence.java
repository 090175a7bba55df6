package org.newsgraph.pipeline;

import org.newsgraph.model.Span;

/**
 * A sentence: its character span and the range of its tokens in the document's token list.
 *
 * @param firstToken index of its first token
 * @param endToken   index after its last token
 */
public record Sentence(Span span, int firstToken, int endToken) {
}
