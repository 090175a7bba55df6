package org.newsgraph.nlp.time;

import org.newsgraph.pipeline.Token;

import java.util.List;

/**
 * Relative clauses that tell of something else than a time expression's own clause: in "Parliament returns in the new
 * year to debate the budget, which was delayed last month" the delaying is past, but the return is not; in "plays its
 * first home match in February at the stadium that was rebuilt" the rebuilding is. A relative clause describes its
 * head noun, so its tense says when that was, not when the sentence's main event is. One that holds the expression is
 * the expression's own clause ("the storm, which hit the coast on Tuesday, left ...") and is kept.
 */
final class RelativeClauses {

    private RelativeClauses() {
    }

    /**
     * Which tokens of the sentence [{@code first}, {@code end}) lie in a relative clause not holding the offsets
     * [{@code start}, {@code stop}): a clause opened by "which", "who", "whom", "whose" or a relative "that" (tagged
     * WDT, WP, WP$) right after a noun, or after a comma after one, and running to the next comma, semicolon, dash or
     * the sentence's end. Indexed from {@code first}.
     */
    static boolean[] apart(List<Token> tokens, int first, int end, int start, int stop) {
        boolean[] apart = new boolean[end - first];
        for (int i = first; i < end; i++) {
            if (!opensRelative(tokens, first, i)) continue;
            int j = i + 1;
            while (j < end && !closes(tokens.get(j))) j++;
            boolean holds = tokens.get(i).start() < stop && start < tokens.get(j - 1).end();
            if (!holds) for (int k = i; k < j; k++) apart[k - first] = true;
            i = j - 1;
        }
        return apart;
    }

    private static boolean opensRelative(List<Token> tokens, int first, int i) {
        String pos = tokens.get(i).pos();
        if (!"WDT".equals(pos) && !"WP".equals(pos) && !"WP$".equals(pos)) return false;
        // "what was said on Monday" is a clause of its own, no description of a noun
        if (tokens.get(i).word().equalsIgnoreCase("what")) return false;
        int k = i - 1;
        if (k >= first && tokens.get(k).word().equals(",")) k--;
        String before = k < first || tokens.get(k).pos() == null ? "" : tokens.get(k).pos();
        return before.startsWith("NN") || before.equals("PRP");
    }

    private static boolean closes(Token t) {
        String w = t.word();
        return w.equals(",") || w.equals(";") || w.equals("—") || w.equals("–") || w.equals("--") || w.equals(":");
    }
}
