package org.newsgraph.index;

import java.util.List;

/**
 * One ranked article of a search result with the passages that matched. {@code kind} says whether it is an article
 * or a teaser snippet of another article seen on a page ("article", "snippet"; DESIGN.md), and {@code truncated}
 * whether its text was cut off where it was found: a reader must not take a teaser for the story it announces.
 */
public record SearchHit(String id, String kind, boolean truncated, String title, String url, String publisher,
                        String published, String language, float score, List<Snippet> snippets) {
    public SearchHit {
        snippets = List.copyOf(snippets);
    }
}
