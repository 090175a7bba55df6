package org.newsgraph.index;

/**
 * One facet bucket.
 *
 * @param value what to filter on (an entity id, a publisher, a language, a year-month)
 * @param label what to show (for entities, the name)
 */
public record FacetValue(String value, String label, long count) {
}
