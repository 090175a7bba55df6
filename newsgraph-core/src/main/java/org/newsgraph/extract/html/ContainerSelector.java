package org.newsgraph.extract.html;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Picks the element whose subtree holds the most article-like text net of boilerplate: every block's value is added
 * to each of its ancestors and the best-scoring element wins. A deeper element wins ties, so the container is as
 * tight as the content allows, yet it widens to a common ancestor when the article is split over siblings.
 */
final class ContainerSelector {

    private ContainerSelector() {
    }

    static Element select(List<TextBlock> blocks, BlockScores scores) {
        Map<Element, double[]> sums = new IdentityHashMap<>();
        Element best = null;
        double bestScore = 0;
        for (int i = 0; i < blocks.size(); i++) {
            double v = scores.value[i];
            if (v == 0) continue;
            for (Element e = blocks.get(i).owner(); e != null; e = e.parent()) {
                sums.computeIfAbsent(e, k -> new double[1])[0] += v;
            }
        }
        // walk candidates deepest-first per block chain so that ties keep the tighter element
        for (TextBlock b : blocks) {
            for (Element e = b.owner(); e != null; e = e.parent()) {
                double[] s = sums.get(e);
                if (s != null && s[0] > bestScore) {
                    bestScore = s[0];
                    best = e;
                }
            }
        }
        return best;
    }
}
