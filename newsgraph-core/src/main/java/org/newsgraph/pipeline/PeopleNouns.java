package org.newsgraph.pipeline;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Common nouns for people ("residents", "witness", "senator", "police"), from the animate-noun list CoreNLP's
 * coreference ships in its models jar (about 13,800 lower-case words; its capitalised lines are names and titles,
 * left out), so "those residents said" has a speaker and "that letter said" none, and "the residents protested" has
 * a doer and "the shares rose" none.
 */
public final class PeopleNouns {
    private static final String RESOURCE = "edu/stanford/nlp/models/dcoref/animate.unigrams.txt";
    /**
     * A reporter's anonymous informant: the list, drawn from general text, files "source" with things, but beside a
     * verb of saying it is a person.
     */
    private static final String INFORMANT = "source";
    private static final Set<String> WORDS = read();

    private PeopleNouns() {
    }

    /** Whether the noun at {@code tok} names people, as written or by its lemma. */
    public static boolean contains(Token tok) {
        return contains(tok.word(), tok.lemma());
    }

    /** Whether the noun {@code word} (lemma {@code lemma}, or null) names people, as written or by its lemma. */
    public static boolean contains(String word, String lemma) {
        String w = word.toLowerCase(Locale.ROOT);
        String l = lemma == null ? w : lemma.toLowerCase(Locale.ROOT);
        return WORDS.contains(w) || WORDS.contains(l) || l.equals(INFORMANT);
    }

    private static Set<String> read() {
        return ModelLists.lines(RESOURCE).stream().map(String::strip)
                .filter(w -> !w.isEmpty() && w.equals(w.toLowerCase(Locale.ROOT)))
                .collect(Collectors.toUnmodifiableSet());
    }
}
