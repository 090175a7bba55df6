package org.newsgraph.nlp.entity;

import org.newsgraph.pipeline.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Kinds of software a description can give a name ("Minetest is an open-source game", "Fedora, a Linux
 * distribution,"). The tagger, trained on news of the 1990s, reads the one-word names of programs and projects as
 * people or places; what the article says the name is makes it a miscellaneous name. Only in a description
 * ({@link ClassNouns#describedAs}): a noun right before a name ("the game Saturday", "the program director Ann Lee")
 * is too often something else.
 */
final class SoftwareNouns {

    private static final Set<String> NOUNS = Set.of("game", "videogame", "software", "distribution", "distro",
            "browser", "application", "app", "program", "kernel", "framework");

    private SoftwareNouns() {
    }

    /**
     * Whether a kind of software heads the phrase from token {@code end} on, right after a name: "the Fedora
     * operating system", "the Minetest game engine" does not count ("engine" heads it). Used only for a name the
     * tagger read as a person after "the" (session 27, ents27): a person's name before such a noun names the program
     * ("the Fulbright program" is the programme, not the senator), while a company's ("the BBC app") stays the
     * company's.
     */
    static boolean headsAfter(List<Token> tokens, int end) {
        int head = end;
        if (head + 1 < tokens.size() && tokens.get(head).word().equalsIgnoreCase("operating")
                && tokens.get(head + 1).word().equalsIgnoreCase("system")) {
            head++;
        } else if (head >= tokens.size() || !names(tokens.get(head))) {
            return false;
        }
        if (head + 1 >= tokens.size()) return true;
        String next = tokens.get(head + 1).pos();
        return next == null || !next.startsWith("NN");
    }

    /** Whether a common noun names a kind of software ("games", "a video game"). */
    static boolean names(Token t) {
        if (t.pos() == null || !t.pos().startsWith("NN") || t.pos().startsWith("NNP")) return false;
        String lemma = (t.lemma() != null ? t.lemma() : t.word()).toLowerCase(Locale.ROOT);
        return NOUNS.contains(lemma.substring(lemma.lastIndexOf('-') + 1));
    }
}
