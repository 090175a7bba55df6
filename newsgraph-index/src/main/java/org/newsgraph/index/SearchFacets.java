package org.newsgraph.index;

import java.util.List;

/**
 * Counts over the hits of a search: top publishers, entities and languages, and hits per month in date order.
 *
 * @param sampled     whether the counts were scaled up from a random sample of the hits (so are estimates), rather
 *                    than counted over every hit
 * @param countedHits how many hits were counted: all of them, or the sample's size
 */
public record SearchFacets(List<FacetValue> publisher, List<FacetValue> entity, List<FacetValue> language,
                           List<FacetValue> month, boolean sampled, long countedHits) {
    public SearchFacets {
        publisher = List.copyOf(publisher);
        entity = List.copyOf(entity);
        language = List.copyOf(language);
        month = List.copyOf(month);
    }
}
