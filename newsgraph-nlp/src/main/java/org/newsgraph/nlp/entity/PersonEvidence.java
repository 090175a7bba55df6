package org.newsgraph.nlp.entity;

import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Sentence;
import org.newsgraph.pipeline.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an article writes around a name that it writes only around a person's: an honorific before it ("Mr Son"),
 * which also tells the person's gender, or a personal pronoun that can only point back at it ("Jong Woo Son is in
 * prison, but prosecutors filed charges against him"); or only around a thing's: "it" or "its" pointing back at it.
 * The tagger's type is a guess from the name's own letters; these words are the article's.
 */
public final class PersonEvidence {

    private static final Set<String> MALE_PRONOUNS = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE_PRONOUNS = Set.of("she", "her", "hers", "herself");
    private static final Set<String> THING_PRONOUNS = Set.of("it", "its", "itself");
    /** A group's pronoun ends the search too: what follows it is said of the group. */
    private static final Set<String> GROUP_PRONOUNS = Set.of("they", "them", "their", "theirs", "themselves");

    private PersonEvidence() {
    }

    /** "MALE" after Mr, "FEMALE" after Mrs, Ms or Miss (with or without a full stop), else null. */
    public static String honorificGender(List<Token> tokens, int nameToken) {
        if (nameToken <= 0) return null;
        String before = tokens.get(nameToken - 1).word().replace(".", "").toLowerCase(Locale.ROOT);
        return switch (before) {
            case "mr" -> "MALE";
            case "mrs", "ms", "miss" -> "FEMALE";
            default -> null;
        };
    }

    /** Whether a personal pronoun points back at the name from {@code first} to {@code end} ({@link #pronounAfter}). */
    static boolean personPronounAfter(NlpDocument doc, int first, int end, boolean[] person) {
        String p = pronounAfter(doc, first, end, person);
        return p != null && (MALE_PRONOUNS.contains(p) || FEMALE_PRONOUNS.contains(p));
    }

    /** Whether a thing's pronoun points back at the name ("Apple said the album was among its most played"). */
    static boolean thingPronounAfter(NlpDocument doc, int first, int end, boolean[] person) {
        String p = pronounAfter(doc, first, end, person);
        return p != null && THING_PRONOUNS.contains(p);
    }

    /**
     * The pronoun that points back at the name from {@code first} to {@code end}, in lower case, or null: the first
     * pronoun after it in its sentence, or opening the next one, with no person's name between ({@code person} marks
     * their tokens). A name after a preposition, a verb or a possessive ("the chief of Acme said he", "told Acme he")
     * is not what such a pronoun points at, nor is a name that owns what follows ("Acme's chief said he").
     */
    private static String pronounAfter(NlpDocument doc, int first, int end, boolean[] person) {
        List<Token> tokens = doc.tokens();
        int s = doc.sentenceOf(first);
        if (s < 0) return null;
        Sentence sentence = doc.sentences().get(s);
        if (first > sentence.firstToken() && governed(tokens.get(first - 1).pos())) return null;
        if (end < tokens.size() && "POS".equals(tokens.get(end).pos())) return null;
        int last = s + 1 < doc.sentences().size() ? doc.sentences().get(s + 1).firstToken() : sentence.endToken() - 1;
        for (int t = end; t <= last && t < tokens.size(); t++) {
            if (person[t]) return null;
            String w = tokens.get(t).word().toLowerCase(Locale.ROOT);
            if (GROUP_PRONOUNS.contains(w)) return null;
            if (THING_PRONOUNS.contains(w) || MALE_PRONOUNS.contains(w) || FEMALE_PRONOUNS.contains(w)) return w;
        }
        return null;
    }

    private static boolean governed(String pos) {
        return pos != null && (pos.equals("IN") || pos.equals("TO") || pos.equals("POS") || pos.startsWith("VB"));
    }
}
