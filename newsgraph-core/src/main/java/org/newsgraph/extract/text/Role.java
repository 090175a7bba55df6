package org.newsgraph.extract.text;

/**
 * What a line turned out to be once its neighbours were considered. Roles with a label are set aside from the
 * article text, and the label names them in the warning that says so.
 */
enum Role {
    PARAGRAPH(null), HEADING(null), LIST_ITEM(null), QUOTE(null),
    TITLE("title line"), REPEATED_TITLE("repeated title line"), SUBTITLE("subtitle"), SECTION("section line"),
    BYLINE("byline"), DATE("date line"), CAPTION("caption line"), CREDIT("photo credit"),
    NAVIGATION("navigation list line"), INTERFACE("interface line"), LICENSE("licence line"),
    COPYRIGHT("copyright line"), SYNDICATION("syndication line"), CREDITS("reporting credit line"),
    BIO("author bio paragraph"), DUPLICATE("repeated line"), TEASER("truncated teaser line"),
    TEASER_TITLE("teaser title line"), CARD("teaser card line");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** Null for roles kept in the article text. */
    String label() {
        return label;
    }

    boolean inBody() {
        return label == null;
    }
}
