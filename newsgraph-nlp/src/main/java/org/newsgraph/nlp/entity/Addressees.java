package org.newsgraph.nlp.entity;

import org.newsgraph.pipeline.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a building stands for the body in it: "in a letter to the White House", "wrote to Downing Street", "a
 * spokesperson for the White House", "on behalf of the Kremlin". People write to, speak for and act on behalf of a
 * body, not a place, so the tagger's place there is the organisation (session 28, ents28). A country's or a listed
 * city's name is left alone ("a letter to France", "wrote to Paris"): news writes its government so, and the
 * knowledge base keeps such names one place.
 */
final class Addressees {
    /** What is written or said to someone: the word before "to". */
    private static final Set<String> WRITTEN = Set.of("letter", "letters", "wrote", "write", "writes", "written",
            "writing", "message", "messages", "petition", "petitions", "appeal", "appealed", "appeals", "plea",
            "complaint", "complaints", "memo", "request", "requests", "submission", "note");
    /** Who speaks for someone: the word before "for". */
    private static final Set<String> SPEAKING = Set.of("spokesperson", "spokesman", "spokeswoman", "spokespeople",
            "lawyer", "lawyers", "lobbyist", "lobbyists");

    private Addressees() {
    }

    /** Whether the name starting at token {@code first} is addressed or spoken for so. */
    static boolean at(List<Token> tokens, int first) {
        int p = first - 1;
        if (p >= 0 && tokens.get(p).word().equalsIgnoreCase("the")) p--;
        if (p < 1) return false;
        String prep = low(tokens.get(p)), before = low(tokens.get(p - 1));
        if (prep.equals("to")) return WRITTEN.contains(before);
        if (prep.equals("for")) return SPEAKING.contains(before);
        return prep.equals("of") && before.equals("behalf");
    }

    private static String low(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
