package org.newsgraph.nlp.entity;

import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A demonstrative or possessive determiner and one capitalised noun ("This Court has already concluded", "advice to
 * Her Majesty", "His Excellency") is a phrase that points at something through the determiner, capitalised by
 * courtesy or by a court's style, not a name: the tagger reads it as a body or a person and the article gets an
 * entity no one can look up (session 27, ents27, review27u item 8). Longer names that open with such a word are
 * left alone: bands, shows and churches are named so ("My Chemical Romance", "Our Lady of Lourdes").
 */
final class PronounPhrases {
    private static final Set<String> DETERMINERS = Set.of("this", "that", "these", "those", "his", "her", "its",
            "our", "their", "my", "your");

    private PronounPhrases() {
    }

    /**
     * Whether the mention is such a phrase: two words, the first a demonstrative or possessive determiner; or that
     * determiner alone, left of such a phrase by a pass that cut its noun off.
     */
    static boolean is(List<Token> tokens, Mention m) {
        int length = m.endToken() - m.firstToken();
        if (length != 1 && length != 2) return false;
        String first = tokens.get(m.firstToken()).word().toLowerCase(Locale.ROOT);
        return DETERMINERS.contains(first);
    }
}
