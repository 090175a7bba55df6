package org.newsgraph.nlp.entity;

import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A nickname in quotes inside a person's name (William "Bill" Smith) belongs to the name. The tagger reads the
 * names before the quotes as a person, the nickname as something else or nothing, and the surname after it alone,
 * so one person comes out as two people and a stray name.
 */
final class Nicknames {
    private static final Set<String> OPENING = Set.of("\"", "“", "``");
    private static final Set<String> CLOSING = Set.of("\"", "”", "''");

    private Nicknames() {
    }

    static List<Mention> apply(NlpDocument doc, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        List<Mention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            int end = m.endToken();
            if (m.type() != EntityType.PERSON || !nicknameThenSurname(tokens, end)) {
                out.add(m);
                continue;
            }
            int surname = end + 3;
            while (i + 1 < mentions.size() && mentions.get(i + 1).firstToken() < surname) i++;
            Mention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            if (next != null && next.firstToken() == surname && next.type() == EntityType.PERSON) {
                end = next.endToken();
                i++;
            } else {
                end = surname + 1;
            }
            out.add(MentionSpans.withBounds(doc, m, m.firstToken(), end));
        }
        return out;
    }

    /** From token {@code t}: an opening quote, one capitalised word, a closing quote, a capitalised proper noun. */
    private static boolean nicknameThenSurname(List<Token> tokens, int t) {
        if (t + 3 >= tokens.size()) return false;
        return OPENING.contains(tokens.get(t).word()) && capitalised(tokens.get(t + 1))
                && CLOSING.contains(tokens.get(t + 2).word()) && capitalised(tokens.get(t + 3))
                && tokens.get(t + 3).pos() != null && tokens.get(t + 3).pos().startsWith("NNP");
    }

    private static boolean capitalised(Token t) {
        return Character.isUpperCase(t.word().charAt(0));
    }
}
