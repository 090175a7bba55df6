package org.newsgraph.extract.html;

import org.jsoup.nodes.Element;

/**
 * A subtree whose markup hints at its role (boilerplate, caption, credit, content), with the span of visible text
 * characters it covers so that a hint on a page-wide wrapper can be told from one on a small box.
 */
final class Region {

    final Element element;
    final ElementHints.Role role;
    final Region parent;
    final int start;
    int end = -1;
    /** Size of the largest content-hinted region inside this one. */
    int contentInside;
    /** Characters of prose-like blocks inside, filled in once all blocks are known. */
    int prose;

    Region(Element element, ElementHints.Role role, Region parent, int start) {
        this.element = element;
        this.role = role;
        this.parent = parent;
        this.start = start;
    }

    void close(int endChars) {
        end = endChars;
        if (role != ElementHints.Role.CONTENT) return;
        for (Region r = parent; r != null; r = r.parent) r.contentInside = Math.max(r.contentInside, size());
    }

    int size() {
        return end - start;
    }

    /** The innermost region of the given role around this one (itself included), or null. */
    Region nearest(ElementHints.Role wanted) {
        for (Region r = this; r != null; r = r.parent) {
            if (r.role == wanted) return r;
        }
        return null;
    }
}
