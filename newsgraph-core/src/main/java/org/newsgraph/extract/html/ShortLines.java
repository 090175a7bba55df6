package org.newsgraph.extract.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text of an element that is one short line: its own words and inline marks without marks inside them
 * ("Jane Doe, {@code <time>}5 March 2026{@code </time>}"). Its length is counted before any string is built, so
 * asking every element of a page costs one look at each node, not a copy of every paragraph.
 */
final class ShortLines {

    private ShortLines() {
    }

    /** The element's text when it is a line of at most {@code max} characters, else null. */
    static String text(Element e, int max) {
        int length = 0;
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                length += t.getWholeText().length();
            } else if (child instanceof Element c) {
                if (c.childrenSize() > 0) return null;
                for (Node inner : c.childNodes()) {
                    if (inner instanceof TextNode t) length += t.getWholeText().length();
                }
            }
            if (length > max * 2) return null;
        }
        if (length == 0) return null;
        String text = e.text();
        return text.length() <= max ? text : null;
    }
}
