package org.newsgraph.nlp.entity;

import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Sentence;
import org.newsgraph.pipeline.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

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
    /** What "of" takes before a company's name and not a person's ("shares of Moderna"). */
    private static final Set<String> COMPANY_PARTS = Set.of("shares", "stock", "shareholders");
    /** What a company has after its possessive and a person does not ("Moderna's shareholders"). */
    private static final Set<String> COMPANY_OWNED = Set.of("ceo", "shareholders", "headquarters", "subsidiary",
            "subsidiaries");
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

    /** "MALE" or "FEMALE" for a "he"/"she" that points back at the name ({@link #pronounAfter}), else null. */
    static String pronounGender(NlpDocument doc, int first, int end, boolean[] person) {
        String p = pronounAfter(doc, first, end, person);
        return p == null ? null : MALE_PRONOUNS.contains(p) ? "MALE" : FEMALE_PRONOUNS.contains(p) ? "FEMALE" : null;
    }

    /** Whether a personal pronoun points back at the name from {@code first} to {@code end} ({@link #pronounAfter}). */
    static boolean personPronounAfter(NlpDocument doc, int first, int end, boolean[] person) {
        String p = pronounAfter(doc, first, end, person);
        return p != null && (MALE_PRONOUNS.contains(p) || FEMALE_PRONOUNS.contains(p));
    }

    /**
     * Whether a personal pronoun may point back at the name from {@code first} to {@code end}: any in the rest of its
     * sentence or opening the next, before another person's name ({@code person} marks their tokens). Looser than
     * {@link #personPronounAfter}, as a sign against reading the name as a thing's.
     */
    static boolean personPronounNear(NlpDocument doc, int first, int end, boolean[] person) {
        int s = doc.sentenceOf(first);
        if (s < 0) return false;
        List<Token> tokens = doc.tokens();
        int last = lastTokenReached(doc, s);
        for (int t = end; t <= last && t < tokens.size(); t++) {
            if (person[t]) return false;
            String w = word(tokens, t);
            if (MALE_PRONOUNS.contains(w) || FEMALE_PRONOUNS.contains(w)) return true;
        }
        return false;
    }

    /** The last token a pronoun pointing back at a name of sentence {@code s} may be: the next sentence's first. */
    private static int lastTokenReached(NlpDocument doc, int s) {
        return s + 1 < doc.sentences().size() ? doc.sentences().get(s + 1).firstToken()
                : doc.sentences().get(s).endToken() - 1;
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
        int t = pronounIndexAfter(doc, first, end, person);
        return t < 0 ? null : word(doc.tokens(), t);
    }

    /** The token of {@link #pronounAfter}'s pronoun, or -1. */
    private static int pronounIndexAfter(NlpDocument doc, int first, int end, boolean[] person) {
        List<Token> tokens = doc.tokens();
        int s = doc.sentenceOf(first);
        if (s < 0) return -1;
        Sentence sentence = doc.sentences().get(s);
        if (first > sentence.firstToken() && governed(tokens.get(first - 1).pos())) return -1;
        if (end < tokens.size() && "POS".equals(tokens.get(end).pos())) return -1;
        int last = lastTokenReached(doc, s);
        for (int t = end; t <= last && t < tokens.size(); t++) {
            if (person[t]) return -1;
            String w = tokens.get(t).word().toLowerCase(Locale.ROOT);
            if (GROUP_PRONOUNS.contains(w)) return -1;
            if (THING_PRONOUNS.contains(w) || MALE_PRONOUNS.contains(w) || FEMALE_PRONOUNS.contains(w)) return t;
        }
        return -1;
    }

    /**
     * The gender of a "he"/"she" ({@link #pronounGender}) that can point at nothing but the name: no common noun
     * between them, as a noun may be a person the pronoun means instead ("Walsh thanked the nurse who helped her").
     * Only the pronoun says the gender of a name whose given name no list knows ("Estée Lauder built her company").
     */
    static String ownPronounGender(NlpDocument doc, int first, int end, boolean[] person) {
        int p = pronounIndexAfter(doc, first, end, person);
        if (p < 0) return null;
        for (int t = end; t < p; t++) {
            String pos = doc.tokens().get(t).pos();
            if (pos.startsWith("NN") && !pos.startsWith("NNP")) return null;
        }
        String w = word(doc.tokens(), p);
        return MALE_PRONOUNS.contains(w) ? "MALE" : FEMALE_PRONOUNS.contains(w) ? "FEMALE" : null;
    }

    /**
     * Whether the article writes the name from {@code first} to {@code end} as a company's there: "shares of" before
     * it, an office or owners only a company has after its possessive ("Stellantis's chief executive", "its
     * shareholders"), or "it", "its" or "itself" as the first word after it in its sentence that may point back at
     * something ("Stellantis said that it would cut"). A common noun on the way is what the pronoun points at ("Guardiola
     * said the club had lost its identity", "Haaland met the cross and it flew"), as is another name ({@code named}
     * marks their tokens); a person's or group's pronoun first says nothing of a company, and an "it" of "be" is as
     * often the empty subject of a judgement ("Reeves said it was a hard budget but its choices ..."). One sign a
     * mention: one clause's pronouns point at one thing.
     */
    static boolean thingSign(NlpDocument doc, int first, int end, boolean[] named) {
        List<Token> tokens = doc.tokens();
        if (first >= 2 && word(tokens, first - 1).equals("of") && COMPANY_PARTS.contains(word(tokens, first - 2))) {
            return true;
        }
        if (end < tokens.size() && "POS".equals(tokens.get(end).pos())) {
            String next = end + 1 < tokens.size() ? word(tokens, end + 1) : "";
            return COMPANY_OWNED.contains(next) || next.equals("chief") && end + 2 < tokens.size()
                    && word(tokens, end + 2).startsWith("executive");
        }
        int s = doc.sentenceOf(first);
        if (s < 0) return false;
        for (int t = end; t < doc.sentences().get(s).endToken(); t++) {
            String w = word(tokens, t);
            String pos = tokens.get(t).pos();
            if (named[t] || GROUP_PRONOUNS.contains(w) || MALE_PRONOUNS.contains(w) || FEMALE_PRONOUNS.contains(w)
                    || pos != null && pos.startsWith("NN") && Character.isLowerCase(tokens.get(t).word().charAt(0))) {
                return false;
            }
            if (w.equals("it") && beAfter(tokens, t + 1)) return false;
            if (THING_PRONOUNS.contains(w)) return true;
        }
        return false;
    }

    /**
     * Whether a comma at token {@code end} opens an apposition that holds, within {@code reach} tokens and before
     * its next comma, a word {@code describes} a person by ("Lightoller, the most senior surviving officer,"): the
     * name before it is a person described.
     */
    static boolean describedInApposition(List<Token> tokens, int end, int reach, Predicate<String> describes) {
        if (end >= tokens.size() || !tokens.get(end).word().equals(",")) return false;
        for (int k = end + 1; k < Math.min(tokens.size(), end + reach) && !tokens.get(k).word().equals(","); k++) {
            if (describes.test(tokens.get(k).word())) return true;
        }
        return false;
    }

    /** Whether a form of "be" follows token {@code t - 1}, after any modal or adverb ("would not be"). */
    private static boolean beAfter(List<Token> tokens, int t) {
        while (t < tokens.size() && tokens.get(t).pos() != null
                && (tokens.get(t).pos().equals("MD") || tokens.get(t).pos().startsWith("RB"))) t++;
        return t < tokens.size() && ("be".equals(tokens.get(t).lemma()) || word(tokens, t).equals("'s")
                || word(tokens, t).equals("’s"));
    }

    private static String word(List<Token> tokens, int t) {
        return tokens.get(t).word().toLowerCase(Locale.ROOT);
    }

    private static boolean governed(String pos) {
        return pos != null && (pos.equals("IN") || pos.equals("TO") || pos.equals("POS") || pos.startsWith("VB"));
    }
}
