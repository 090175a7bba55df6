package org.newsgraph.nlp.entity;

import org.newsgraph.pipeline.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a player does on the field and a coach does not: "Miller scored twice", "Banks netted the winner". Beside a
 * coach and a player of one surname (a father and his son), such a verb after the bare surname says which of them it
 * is (session 28, ents28).
 */
final class PlayersActs {
    /** Lemmas, and past forms for a tagger without lemmas, of a player's acts. */
    private static final Set<String> ACTS = Set.of("score", "scored", "net", "netted", "kick", "kicked", "pitch",
            "pitched", "bat", "batted", "rush", "rushed", "tackle", "tackled", "dunk", "dunked", "shoot", "shot",
            "homer", "homered", "dribble", "dribbled", "convert", "converted");
    /** The coach's offices ({@link PersonRoles}). */
    static final String COACH = "coach";

    private PlayersActs() {
    }

    /** Whether the name ending at token {@code end} does a player's act: the verb right after it, past adverbs. */
    static boolean after(List<Token> tokens, int end) {
        int v = end;
        while (v < tokens.size() && tokens.get(v).pos() != null && tokens.get(v).pos().startsWith("RB")) v++;
        if (v >= tokens.size() || tokens.get(v).pos() == null || !tokens.get(v).pos().startsWith("VB")) return false;
        Token verb = tokens.get(v);
        return ACTS.contains((verb.lemma() != null ? verb.lemma() : verb.word()).toLowerCase(Locale.ROOT));
    }
}
