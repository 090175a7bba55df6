package org.newsgraph.nlp.entity;

import org.newsgraph.pipeline.Token;

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

    /** Whether a common noun names a kind of software ("games", "a video game"). */
    static boolean names(Token t) {
        if (t.pos() == null || !t.pos().startsWith("NN") || t.pos().startsWith("NNP")) return false;
        String lemma = (t.lemma() != null ? t.lemma() : t.word()).toLowerCase(Locale.ROOT);
        return NOUNS.contains(lemma.substring(lemma.lastIndexOf('-') + 1));
    }
}
