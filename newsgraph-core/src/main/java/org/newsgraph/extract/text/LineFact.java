package org.newsgraph.extract.text;

import java.util.List;

/**
 * What a line says about itself, before its neighbours are considered.
 *
 * @param value the recognised payload: an outlet, a credit, a section, an ISO date, a licence id, the items after a
 *              list header; null when the kind has none
 * @param names person names the line credits (bylines, reporting credits, a head line's byline part)
 * @param outlet the outlet a head line ("Outlet | 12 June 2025 | By Jane Doe") names beside its date, else null
 */
record LineFact(Kind kind, String value, List<String> names, String outlet) {

    enum Kind {
        PROSE, INTERFACE, TOPIC_HEADER, LINK_HEADER, BYLINE, CREDITS, PHOTO_CREDIT, COPYRIGHT, SYNDICATION, LICENSE,
        SECTION, PUBLISHED, MODIFIED, LIST_ITEM, MARKED_QUOTE
    }

    static final LineFact PROSE = new LineFact(Kind.PROSE, null, List.of());

    LineFact {
        names = List.copyOf(names);
    }

    LineFact(Kind kind, String value, List<String> names) {
        this(kind, value, names, null);
    }

    static LineFact of(Kind kind, String value) {
        return new LineFact(kind, value, List.of());
    }

    boolean is(Kind k) {
        return kind == k;
    }

    /** A date line that also names its author or outlet: page-head metadata, which only counts near the top. */
    boolean isHeadLine() {
        return (kind == Kind.PUBLISHED || kind == Kind.MODIFIED) && (!names.isEmpty() || outlet != null);
    }
}
