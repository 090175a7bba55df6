package org.newsgraph.nlp.entity;

import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.Token;

import java.util.List;
import java.util.Set;

/**
 * "an Order in Council", "by Order-in-Council": a kind of legal instrument of Commonwealth governments (the Crown's
 * order made on its council's advice), capitalised by statute style and written as a name, which the tagger reads as
 * a body ("Order in Council", or its "Council" alone). There are thousands of such orders; the phrase names none of
 * them, as "an act of parliament" names no act (session 28, ents28: the demo's prorogation ruling).
 */
final class CouncilOrders {
    /** Nouns of instruments made "in Council" (by the Crown or a governor on the council's advice). */
    private static final Set<String> INSTRUMENTS = Set.of("order", "orders", "proclamation", "proclamations");

    /** The phrase kept as one token with its hyphens. */
    private static final java.util.regex.Pattern ONE_TOKEN =
            java.util.regex.Pattern.compile("(Orders?|Proclamations?)-in-Council");

    private CouncilOrders() {
    }

    /** Whether every token of the mention lies inside such a phrase: "INSTRUMENT in Council", hyphened or not. */
    static boolean covers(List<Token> tokens, Mention m) {
        for (int t = Math.max(0, m.firstToken() - 4); t <= m.firstToken(); t++) {
            int end = phraseEnd(tokens, t);
            if (end >= m.endToken()) return true;
        }
        return false;
    }

    /** The end of the phrase starting at token {@code t}, or -1 where none starts there. */
    private static int phraseEnd(List<Token> tokens, int t) {
        if (ONE_TOKEN.matcher(tokens.get(t).word()).matches()) return t + 1;
        if (!INSTRUMENTS.contains(tokens.get(t).word().toLowerCase(java.util.Locale.ROOT))
                || !Character.isUpperCase(tokens.get(t).word().charAt(0))) return -1;
        int k = t + 1;
        if (k < tokens.size() && tokens.get(k).word().equals("-")) k++;
        if (k >= tokens.size() || !tokens.get(k).word().equals("in")) return -1;
        k++;
        if (k < tokens.size() && tokens.get(k).word().equals("-")) k++;
        return k < tokens.size() && tokens.get(k).word().equals("Council") ? k + 1 : -1;
    }
}
