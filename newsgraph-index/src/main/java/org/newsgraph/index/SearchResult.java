package org.newsgraph.index;

import java.util.List;

/** A page of ranked hits, the exact number of matching articles, and facet counts over all of them. */
public record SearchResult(long totalHits, int offset, List<SearchHit> hits, SearchFacets facets) {
    public SearchResult {
        hits = List.copyOf(hits);
    }
}
