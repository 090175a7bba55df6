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
     * Nouns after a name that make it software and nothing else: not "program", "application" or "game" ("the SIG
     * program" of the demo is a scheme, "the Williams game" a match), which {@link #NOUNS} keeps for descriptions.
     */
    private static final Set<String> HEADS = Set.of("software", "distribution", "distro", "browser", "kernel",
            "framework", "videogame");

    /**
     * Whether a kind of software heads the phrase from token {@code end} on, right after a name: "the Fedora
     * operating system", "the Lumina browser"; "the Linux kernel developers" does not count (the noun is no head).
     * Used only for a name the tagger read as a person or missed, after "the" (session 27, ents27): a company's
     * name before such a noun ("the Google browser") stays the company's.
     */
    static boolean headsAfter(List<Token> tokens, int end) {
        int head = end;
        if (head + 1 < tokens.size() && tokens.get(head).word().equalsIgnoreCase("operating")
                && tokens.get(head + 1).word().equalsIgnoreCase("system")) {
            head++;
        } else if (head >= tokens.size() || !names(tokens.get(head)) || !HEADS.contains(lemma(tokens.get(head)))) {
            return false;
        }
        if (head + 1 >= tokens.size()) return true;
        String next = tokens.get(head + 1).pos();
        return next == null || !next.startsWith("NN");
    }

    /** Whether a common noun names a kind of software ("games", "a video game"). */
    static boolean names(Token t) {
        if (t.pos() == null || !t.pos().startsWith("NN") || t.pos().startsWith("NNP")) return false;
        return NOUNS.contains(lemma(t));
    }

    private static String lemma(Token t) {
        String lemma = (t.lemma() != null ? t.lemma() : t.word()).toLowerCase(Locale.ROOT);
        return lemma.substring(lemma.lastIndexOf('-') + 1);
    }
}
