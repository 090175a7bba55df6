package org.newsgraph.nlp.entity;

import org.newsgraph.pipeline.Token;

import java.util.List;
import java.util.Set;

/**
 * A name that ends in the common noun of a place's kind ("the lighted Bobby Morris Playfield", "Lincoln Park") is the
 * place's, named after a person, where the article writes it as a place's somewhere: after "the" (with adjectives
 * between), which a person's name does not take, or as the tagger's place in another mention. A person's name can
 * end in such a noun as a surname ("Grace Park", "Heung Min Park", "Ricki Lake"), so the noun alone decides nothing.
 */
final class PlaceHeads {
    private static final Set<String> HEADS = Set.of("Park", "Playfield", "Playground", "Avenue", "Boulevard",
            "Road", "Square", "Reservoir", "Creek", "Lake", "Street", "Bridge", "Airport");

    private PlaceHeads() {
    }

    /** Whether the name ends in a place's noun; the caller asks whether the article writes it as a place's. */
    static boolean endsInPlaceNoun(List<String> words) {
        return words.size() >= 2 && HEADS.contains(words.get(words.size() - 1));
    }

    /** Whether "the" opens the phrase of the name at token {@code t}, with only adjectives between. */
    static boolean afterArticle(List<Token> tokens, int t) {
        int b = t - 1;
        while (b >= 0 && tokens.get(b).pos() != null && tokens.get(b).pos().startsWith("JJ")) b--;
        return b >= 0 && tokens.get(b).word().equalsIgnoreCase("the");
    }
}
