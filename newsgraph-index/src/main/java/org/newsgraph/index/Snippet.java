package org.newsgraph.index;

import java.util.List;
import org.newsgraph.model.Span;

/**
 * A passage of an article's text around query matches, unformatted: callers render (and escape) it themselves.
 *
 * @param start      offset of the passage in the article text
 * @param highlights matched terms, as offsets into {@code text}
 */
public record Snippet(String text, int start, List<Span> highlights) {
    public Snippet {
        highlights = List.copyOf(highlights);
    }
}
