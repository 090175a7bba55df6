package org.newsgraph.model;

import java.util.List;

/**
 * Metadata that arrived beside the page rather than inside it, e.g. the fields of a JSON Lines record. Values here
 * take precedence over what extraction finds in the page itself. Absent values are null or empty.
 */
public record PageHints(String id, String url, String title, String published, List<String> authors,
                        String publisher, String license) {

    public static final PageHints NONE = new PageHints(null, null, null, null, List.of(), null, null);

    public PageHints {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
