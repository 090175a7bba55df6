package org.newsgraph.extract.text;

import java.util.List;

/**
 * What a line says about itself, before its neighbours are considered.
 *
 * @param value the recognised payload: an outlet, a credit, a section, an ISO date, a licence id, the items after a
 *              list header; null when the kind has none
 * @param names person names the line credits (bylines, reporting credits)
 */
record LineFact(Kind kind, String value, List<String> names) {

    enum Kind {
        PROSE, INTERFACE, TOPIC_HEADER, LINK_HEADER, BYLINE, CREDITS, PHOTO_CREDIT, COPYRIGHT, SYNDICATION, LICENSE,
        SECTION, PUBLISHED, MODIFIED, LIST_ITEM, MARKED_QUOTE
    }

    static final LineFact PROSE = new LineFact(Kind.PROSE, null, List.of());

    LineFact {
        names = List.copyOf(names);
    }

    static LineFact of(Kind kind, String value) {
        return new LineFact(kind, value, List.of());
    }

    boolean is(Kind k) {
        return kind == k;
    }
}
