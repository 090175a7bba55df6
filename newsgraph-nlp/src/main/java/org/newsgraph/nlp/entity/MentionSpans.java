package org.newsgraph.nlp.entity;

import org.newsgraph.model.EntityType;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;

import java.util.List;

/** Mentions over token ranges, for the classes that move or cut the tagger's mention edges. */
final class MentionSpans {

    private MentionSpans() {
    }

    /** The mention of tokens [first, end) with {@code type}. */
    static Mention of(NlpDocument doc, int first, int end, EntityType type) {
        Span span = new Span(doc.tokens().get(first).start(), doc.tokens().get(end - 1).end());
        return new Mention(span, span.of(doc.text()), type, first, end);
    }

    /**
     * Whether a line break stands between token {@code t} and the one before. Extraction joins a hard-wrapped
     * paragraph's lines, so a line break left in the text ends a list item, a menu entry or a heading, and no name
     * runs over it, though the tagger, which reads across single line breaks, runs the names on both sides together
     * ("Las Vegas, United States" and the next item's "The ultimate gathering").
     */
    static boolean lineBreakBefore(NlpDocument doc, int t) {
        String text = doc.text();
        for (int i = doc.tokens().get(t - 1).end(); i < doc.tokens().get(t).start(); i++) {
            if (text.charAt(i) == '\n') return true;
        }
        return false;
    }

    /** Which of {@code tokenCount} tokens lie inside one of {@code mentions}. */
    static boolean[] covered(int tokenCount, List<Mention> mentions) {
        boolean[] covered = new boolean[tokenCount];
        for (Mention m : mentions) for (int t = m.firstToken(); t < m.endToken(); t++) covered[t] = true;
        return covered;
    }

    /** The first token of the sentence holding token {@code t}; 0 when the document has no sentences. */
    /** Whether tokens {@code a} and {@code b} stand in one sentence: a name never runs across a sentence's end. */
    static boolean sameSentence(NlpDocument doc, int a, int b) {
        return doc.sentenceOf(a) == doc.sentenceOf(b);
    }

    static int sentenceStart(NlpDocument doc, int t) {
        int s = doc.sentenceOf(t);
        return s < 0 ? 0 : doc.sentences().get(s).firstToken();
    }

    /** {@code m} with new token bounds, or {@code m} itself when they did not move. */
    static Mention withBounds(NlpDocument doc, Mention m, int first, int end) {
        return first == m.firstToken() && end == m.endToken() ? m : of(doc, first, end, m.type());
    }
}
