package org.newsgraph.nlp.entity;

import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Names written with an in-word hyphen ("Verna Magee-Shepherd", "FC Lausanne-Sport", "Osijek-Baranja County").
 * CoreNLP's tokenizer splits the hyphen off, and the tagger then labels one side only or each side as a name of its
 * own, so the name ends inside a written word. A capitalised word glued to a name by a hyphen belongs to it; two
 * names of one type glued by a hyphen are one name. Lower-case words stay out ("Obama-era", "Paris-based").
 */
final class HyphenatedNames {

    private HyphenatedNames() {
    }

    static List<Mention> apply(NlpDocument doc, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Mention::firstToken));
        boolean[] tagged = new boolean[tokens.size()];
        for (Mention m : sorted) for (int t = m.firstToken(); t < m.endToken(); t++) tagged[t] = true;
        List<Mention> out = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Mention m = sorted.get(i);
            int first = m.firstToken(), end = m.endToken();
            while (first >= 2 && hyphenJoins(tokens, first - 2) && !tagged[first - 2]) first -= 2;
            while (end + 1 < tokens.size() && hyphenJoins(tokens, end - 1)) {
                if (!tagged[end + 1]) {
                    end += 2;
                } else if (i + 1 < sorted.size() && sorted.get(i + 1).firstToken() == end + 1
                        && sorted.get(i + 1).type() == m.type()) {
                    end = sorted.get(++i).endToken();
                } else {
                    break;
                }
            }
            out.add(MentionSpans.withBounds(doc, m, first, end));
        }
        return out;
    }

    /** Token {@code t}, a hyphen and a capitalised word written together without spaces. */
    private static boolean hyphenJoins(List<Token> tokens, int t) {
        if (t + 2 >= tokens.size()) return false;
        Token left = tokens.get(t), hyphen = tokens.get(t + 1), right = tokens.get(t + 2);
        return hyphen.word().equals("-") && left.end() == hyphen.start() && hyphen.end() == right.start()
                && Character.isUpperCase(right.word().charAt(0)) && Character.isLetter(left.word().charAt(0))
                && Character.isUpperCase(left.word().charAt(0));
    }
}
