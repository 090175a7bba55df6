package org.newsgraph.index;

import java.util.List;

/** One ranked article of a search result with the passages that matched. */
public record SearchHit(String id, String title, String url, String publisher, String published, String language,
                        float score, List<Snippet> snippets) {
    public SearchHit {
        snippets = List.copyOf(snippets);
    }
}
