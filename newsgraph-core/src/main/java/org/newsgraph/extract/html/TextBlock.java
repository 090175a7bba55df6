package org.newsgraph.extract.html;

import org.jsoup.nodes.Element;

/**
 * A run of text the reader sees as one unit (a paragraph, a heading, a list item...), with the facts the content
 * scorer needs: how much of it is link text, how it is punctuated, and where in the page it sits.
 *
 * @param owner     the innermost block-level element around the text
 * @param group     the element several blocks belong to together: the outermost list of a list item, the
 *                  outermost blockquote of a quote; else null
 * @param region    the innermost hinted region around the text, or null
 * @param chars     visible non-space characters
 * @param linkChars those of {@code chars} inside links
 * @param marks     sentence punctuation (. , ; : ! ?) in the text
 */
record TextBlock(String text, Kind kind, Element owner, Element group, Region region, int chars, int linkChars,
                 int words, int marks) {

    enum Kind { PARAGRAPH, TITLE, HEADING, LIST_ITEM, QUOTE }

    double linkDensity() {
        return chars == 0 ? 0 : (double) linkChars / chars;
    }
}
