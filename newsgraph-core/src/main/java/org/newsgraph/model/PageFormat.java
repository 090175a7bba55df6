package org.newsgraph.model;

/** How the bytes of a raw page are to be read. */
public enum PageFormat {
    /** An HTML document, in whatever charset its transport, BOM or meta tags declare. */
    HTML,
    /** A plain-text scrape: the visible text of a page, one block per line, boilerplate included. */
    TEXT
}
