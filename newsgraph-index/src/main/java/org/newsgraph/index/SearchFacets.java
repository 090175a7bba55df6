package org.newsgraph.index;

import java.util.List;

/** Counts over every hit of a search: top publishers, entities and languages, and hits per month in date order. */
public record SearchFacets(List<FacetValue> publisher, List<FacetValue> entity, List<FacetValue> language,
                           List<FacetValue> month) {
    public SearchFacets {
        publisher = List.copyOf(publisher);
        entity = List.copyOf(entity);
        language = List.copyOf(language);
        month = List.copyOf(month);
    }
}
