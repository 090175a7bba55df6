package org.newsgraph.model;

import java.util.List;

/**
 * Metadata that arrived beside the page rather than inside it, e.g. the fields of a JSON Lines record. Values here
 * take precedence over what extraction finds in the page itself. Absent values are null or empty.
 *
 * @param section the publisher's section the page came under (a feed's "Courts"), or null
 * @param cutOff  whether the page is a teaser its source cut short (a feed item's summary ending in "..."): stored
 *                as a truncated snippet, not as the article
 */
public record PageHints(String id, String url, String title, String published, List<String> authors,
                        String publisher, String license, String section, boolean cutOff) {

    public static final PageHints NONE = new PageHints(null, null, null, null, List.of(), null, null);

    /** Nothing known beside the page but that it was cut short before its end. */
    public static final PageHints CUT_OFF = new PageHints(null, null, null, null, List.of(), null, null, null, true);

    public PageHints {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    public PageHints(String id, String url, String title, String published, List<String> authors, String publisher,
                     String license) {
        this(id, url, title, published, authors, publisher, license, null, false);
    }
}
