package org.newsgraph.nlp.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * Scores system spans against gold spans per label, strictly (same offsets) or relaxed (overlap), each span used
 * at most once.
 */
public final class SpanMatcher {

    private SpanMatcher() {
    }

    /** Pairs of (gold index, system index), greedy in text order. */
    public static List<int[]> pairs(List<Labeled> gold, List<Labeled> system, boolean strict,
                                    BiPredicate<Labeled, Labeled> compatible) {
        List<int[]> out = new ArrayList<>();
        boolean[] used = new boolean[system.size()];
        for (int g = 0; g < gold.size(); g++) {
            Labeled gl = gold.get(g);
            for (int s = 0; s < system.size(); s++) {
                Labeled sl = system.get(s);
                if (used[s] || !compatible.test(gl, sl)) continue;
                boolean hit = strict ? gl.span().equals(sl.span())
                        : gl.span().start() < sl.span().end() && sl.span().start() < gl.span().end();
                if (hit) {
                    used[s] = true;
                    out.add(new int[]{g, s});
                    break;
                }
            }
        }
        return out;
    }

    /** Per-label counts, plus the micro total under the key "ALL". */
    public static Map<String, Prf> byLabel(List<Labeled> gold, List<Labeled> system, boolean strict) {
        Map<String, Prf> out = new TreeMap<>();
        for (Labeled g : gold) out.merge(g.label(), new Prf(0, 1, 0), Prf::plus);
        for (Labeled s : system) out.merge(s.label(), new Prf(0, 0, 1), Prf::plus);
        for (int[] p : pairs(gold, system, strict, (g, s) -> g.label().equals(s.label()))) {
            out.merge(gold.get(p[0]).label(), new Prf(1, 0, 0), Prf::plus);
        }
        Prf all = Prf.ZERO;
        for (Prf p : out.values()) all = all.plus(p);
        out.put("ALL", all);
        return out;
    }
}
