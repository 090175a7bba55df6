package org.newsgraph.nlp.entity;

import org.newsgraph.model.Span;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts the tagger's mentions at list separators. The CRF tags token by token and CoreNLP joins neighbouring tokens
 * of one type into a mention, so lists ("Pearl / Hardrock / Mansion", "Paris, Lyon") come out as one name. A
 * free-standing separator ends a name; each part keeps the type.
 */
final class MentionSplits {
    private static final Set<String> SEPARATORS = Set.of("/", ",", ";", "|", "•", "·");

    private MentionSplits() {
    }

    static List<Mention> apply(NlpDocument doc) {
        List<Mention> out = new ArrayList<>(doc.mentions().size());
        List<Token> tokens = doc.tokens();
        for (Mention m : doc.mentions()) {
            int from = m.firstToken();
            for (int t = m.firstToken(); t < m.endToken(); t++) {
                if (SEPARATORS.contains(tokens.get(t).word())) {
                    add(doc, out, m, from, t);
                    from = t + 1;
                }
            }
            if (from == m.firstToken()) out.add(m);
            else add(doc, out, m, from, m.endToken());
        }
        return out;
    }

    /** The part [first, end) of {@code m}, if it holds a word with a letter. */
    private static void add(NlpDocument doc, List<Mention> out, Mention m, int first, int end) {
        boolean letters = false;
        for (int t = first; t < end && !letters; t++) {
            letters = doc.tokens().get(t).word().chars().anyMatch(Character::isLetter);
        }
        if (!letters) return;
        Span span = new Span(doc.tokens().get(first).start(), doc.tokens().get(end - 1).end());
        out.add(new Mention(span, span.of(doc.text()), m.type(), first, end));
    }
}
