package org.newsgraph.extract.html;

import java.util.List;
import org.jsoup.nodes.Element;
import org.newsgraph.extract.SubscriptionPrompts;

/**
 * The box a paywall puts into the article: a subscription prompt ({@link SubscriptionPrompts}) and whatever sits with
 * it in its widest element that holds no prose of its own, such as the plan cards of a price table ("Monthly", "$39",
 * "Totals $468 per year", "Save 15%"). The prompt anchors the box: a price list without one, as in an article about
 * what a service costs, is the article's own, and an element holding a paragraph of prose is not the box but the
 * article around it.
 */
final class PaywallBoxes {

    private PaywallBoxes() {
    }

    /**
     * Clears {@code keep} for every block of every paywall box inside {@code container} (the whole page when null).
     *
     * @return how many kept blocks were set aside
     */
    static int setAside(List<TextBlock> blocks, boolean[] keep, Element container) {
        int removed = 0;
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            if (b.owner() == null || !SubscriptionPrompts.isPrompt(b.text())) continue;
            if (container != null && !inside(b.owner(), container)) continue;
            Element box = b.owner();
            while (box.parent() != null && box.parent() != container && !isPageRoot(box.parent())
                    && holdsNoProse(blocks, box.parent())) {
                box = box.parent();
            }
            for (int j = 0; j < blocks.size(); j++) {
                if (keep[j] && (j == i || inside(blocks.get(j).owner(), box))) {
                    keep[j] = false;
                    removed++;
                }
            }
        }
        return removed;
    }

    /** Only prompts and lines too short or too unpunctuated to be a paragraph of a story. */
    private static boolean holdsNoProse(List<TextBlock> blocks, Element box) {
        for (TextBlock b : blocks) {
            if (!inside(b.owner(), box)) continue;
            if (b.words() >= 8 && b.marks() >= 1 && !SubscriptionPrompts.isPrompt(b.text())) return false;
        }
        return true;
    }

    private static boolean isPageRoot(Element e) {
        String tag = e.normalName();
        return tag.equals("body") || tag.equals("html") || tag.equals("#root");
    }

    private static boolean inside(Element el, Element box) {
        for (Element e = el; e != null; e = e.parent()) {
            if (e == box) return true;
        }
        return false;
    }
}
