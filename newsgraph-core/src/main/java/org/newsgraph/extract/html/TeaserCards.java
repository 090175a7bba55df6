package org.newsgraph.extract.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds teaser cards: small boxes that each pair a linked headline with an excerpt, repeated side by side ("more
 * stories", "you may also like", section fronts). Their excerpts read like prose, so block statistics alone would
 * take them for article text. A list article whose items are headlines and paragraphs laid out flat in one body is
 * not affected: there the headline and its paragraph share no box of their own.
 */
final class TeaserCards {

    /** A linked headline: mostly link text, more than a word or two. */
    private static final double TITLE_LINK_DENSITY = 0.8;
    private static final int TITLE_MIN_WORDS = 3;
    /** How far after a headline its excerpt may start (author and date lines come between). */
    private static final int EXCERPT_REACH = 3;
    private static final int MAX_CARD_CHARS = 1500;
    private static final int MIN_CARDS = 2;

    private TeaserCards() {
    }

    /** For each block, whether it lies in a repeated teaser card. */
    static boolean[] find(List<TextBlock> blocks) {
        int n = blocks.size();
        boolean[] teaser = new boolean[n];
        Map<Element, List<int[]>> cardsByParent = new IdentityHashMap<>();
        for (int t = 0; t < n; t++) {
            if (!isHeadline(blocks.get(t))) continue;
            int e = excerptAfter(blocks, t);
            if (e < 0) continue;
            Element card = commonAncestor(blocks.get(t).owner(), blocks.get(e).owner());
            if (card == null || card.parent() == null) continue;
            int[] range = rangeInside(blocks, t, card);
            if (range == null) continue;
            // widen to the outermost box that still holds this headline only (cards often nest a few wrappers)
            for (Element up = card.parent(); up != null && up.parent() != null; up = up.parent()) {
                int[] wider = rangeInside(blocks, t, up);
                if (wider == null) break;
                card = up;
                range = wider;
            }
            cardsByParent.computeIfAbsent(card.parent(), k -> new ArrayList<>()).add(range);
            t = range[1];
        }
        for (List<int[]> cards : cardsByParent.values()) {
            if (cards.size() < MIN_CARDS) continue;
            for (int[] r : cards) {
                for (int i = r[0]; i <= r[1]; i++) teaser[i] = true;
            }
        }
        return teaser;
    }

    private static boolean isHeadline(TextBlock b) {
        return b.kind() != TextBlock.Kind.TITLE && b.words() >= TITLE_MIN_WORDS
                && b.linkDensity() >= TITLE_LINK_DENSITY;
    }

    private static int excerptAfter(List<TextBlock> blocks, int t) {
        for (int i = t + 1; i < blocks.size() && i <= t + EXCERPT_REACH; i++) {
            TextBlock b = blocks.get(i);
            if (isHeadline(b)) return -1;
            if (b.words() >= 8 && b.linkDensity() < 0.5) return i;
        }
        return -1;
    }

    /** The blocks inside {@code card} around {@code t}, or null when the box holds another headline or is large. */
    private static int[] rangeInside(List<TextBlock> blocks, int t, Element card) {
        int lo = t;
        while (lo > 0 && isInside(blocks.get(lo - 1).owner(), card)) lo--;
        int hi = t;
        while (hi + 1 < blocks.size() && isInside(blocks.get(hi + 1).owner(), card)) hi++;
        int chars = 0;
        for (int i = lo; i <= hi; i++) {
            if (i != t && isHeadline(blocks.get(i))) return null;
            chars += blocks.get(i).chars();
        }
        return chars <= MAX_CARD_CHARS ? new int[] {lo, hi} : null;
    }

    private static Element commonAncestor(Element a, Element b) {
        if (a == null || b == null) return null;
        Map<Element, Boolean> path = new IdentityHashMap<>();
        for (Element e = a; e != null; e = e.parent()) path.put(e, Boolean.TRUE);
        for (Element e = b; e != null; e = e.parent()) {
            if (path.containsKey(e)) return e;
        }
        return null;
    }

    static boolean isInside(Element el, Element ancestor) {
        for (Element e = el; e != null; e = e.parent()) {
            if (e == ancestor) return true;
        }
        return false;
    }
}
