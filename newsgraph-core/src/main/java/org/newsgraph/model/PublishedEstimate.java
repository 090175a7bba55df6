package org.newsgraph.model;

/**
 * A publication date inferred from the article's own dated references when the page gives none.
 *
 * @param earliest ISO date the article cannot have been published before
 * @param latest   ISO date it was most likely published by, or null when open-ended
 * @param basis    how the estimate was reached, in words
 */
public record PublishedEstimate(String earliest, String latest, String basis) {
}
