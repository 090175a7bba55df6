package org.newsgraph.extract;

import java.util.List;

/**
 * What a page says about itself, apart from the body: from JSON-LD, OpenGraph, meta tags and the DOM for HTML, or
 * from recognised lines for text scrapes. Absent values are null or empty lists.
 *
 * @param license        an SPDX id such as {@code CC-BY-NC-ND-4.0}
 * @param syndicatedFrom the agency or outlet the article was syndicated from ("Copyright: X", "originally
 *                       appeared on X", wire credits)
 * @param published      ISO-8601 date or date-time of first publication
 * @param modified       ISO-8601 date or date-time of the last update, kept apart from {@code published}
 * @param language       ISO 639-1 code declared by the page
 */
public record PageMetadata(String title, String subtitle, List<String> authors, String publisher,
                           String syndicatedFrom, String section, List<String> topics, String license,
                           String published, String modified, String language, String canonicalUrl) {

    public static final PageMetadata EMPTY =
            new PageMetadata(null, null, List.of(), null, null, null, List.of(), null, null, null, null, null);

    public PageMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
        topics = topics == null ? List.of() : List.copyOf(topics);
    }
}
