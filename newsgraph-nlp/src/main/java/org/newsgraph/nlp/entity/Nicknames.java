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
 * so one person comes out as two people and a stray name. A quoted title between names is common too ("the Taylor
 * Swift "Reputation" Tour"), so the word after the quotes joins only as a person the tagger found there, or, left
 * untagged, as the last word of a name whose first name alone comes before the quotes (Ann "Tiny" Marsh). A surname
 * the tagger gave another type stays with that name.
 */
final class Nicknames {
    /** Tokens are the raw text ({@code CoreNlpAnnotator}), so PTB quotes ("``", "''") never occur. */
    private static final Set<String> OPENING = Set.of("\"", "“");
    private static final Set<String> CLOSING = Set.of("\"", "”");

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
            int inside = i;
            while (inside + 1 < mentions.size() && mentions.get(inside + 1).firstToken() < surname) inside++;
            Mention next = inside + 1 < mentions.size() ? mentions.get(inside + 1) : null;
            boolean nicknameClosed = inside == i || mentions.get(inside).endToken() <= surname;
            boolean taggedSurname = next != null && next.firstToken() == surname;
            if (!nicknameClosed || taggedSurname && next.type() != EntityType.PERSON
                    || !taggedSurname && !lastNameAfterFirstName(tokens, m, surname)) {
                out.add(m);
                continue;
            }
            i = taggedSurname ? inside + 1 : inside;
            out.add(MentionSpans.withBounds(doc, m, m.firstToken(), taggedSurname ? next.endToken() : surname + 1));
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

    /** An untagged word at {@code surname} ends the name of {@code person}, a first name alone. */
    private static boolean lastNameAfterFirstName(List<Token> tokens, Mention person, int surname) {
        return person.endToken() - person.firstToken() == 1
                && (surname + 1 == tokens.size() || !capitalised(tokens.get(surname + 1)));
    }

    private static boolean capitalised(Token t) {
        return Character.isUpperCase(t.word().charAt(0));
    }
}
