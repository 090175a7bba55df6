package org.newsgraph.index;

import java.util.List;

/**
 * A page of ranked hits with copies folded, the exact number of matching articles (copies included), and facet
 * counts over all of them.
 *
 * @param copiesFolded ranked hits folded into a better-ranked copy, among the ranks up to the page's last hit
 */
public record SearchResult(long totalHits, int offset, int copiesFolded, List<SearchHit> hits, SearchFacets facets) {
    public SearchResult {
        hits = List.copyOf(hits);
    }
}
