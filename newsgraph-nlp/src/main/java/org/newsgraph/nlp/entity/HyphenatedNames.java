package org.newsgraph.nlp.entity;

import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names written with an in-word hyphen ("Verna Magee-Shepherd", "FC Lausanne-Sport", "Osijek-Baranja County").
 * CoreNLP's tokenizer splits the hyphen off, and the tagger then labels one side only or each side as a name of its
 * own, so the name ends inside a written word. An untagged capitalised word glued to a name by a hyphen belongs to
 * it. Two tagged names glued by a hyphen are mostly two names ("the US-China trade war", "the Kim-Trump summit",
 * "a Nokia-Ericsson deal"); they are one only when the joined name ends in a head word of its type ("Osijek-Baranja
 * County"). Lower-case words stay out ("Obama-era", "Paris-based"), and so do prefixes, which are capitalised at the
 * start of a sentence ("Pro-Trump protesters", "Ex-Nokia staff"). A token goes to one name only. The one lower-case
 * part that belongs to a name is the second syllable of a romanised Korean or Chinese given name ("Moon Jae-in", "Lee
 * Myung-bak", "Tsai Ing-wen"), which the tagger often leaves out: it joins a person's name of two words or more when
 * both sides of the hyphen are single syllables, which the English words glued to names ("Trump-like",
 * "Clinton-led", "Xi Jinping-era") are not.
 */
final class HyphenatedNames {
    private static final Set<String> PREFIXES = Set.of("pro", "anti", "ex", "non", "post", "pre", "mid", "neo",
            "pan", "co", "semi", "self", "multi", "inter", "trans", "ultra", "counter", "sub", "super", "quasi",
            "cross", "over", "under", "all");
    /** Words that end the name of an administrative area. */
    private static final Set<String> PLACE_HEADS = Set.of("County", "Province", "Region", "District", "Oblast",
            "Canton", "Municipality", "Prefecture", "Governorate", "Voivodeship", "Department", "Krai");
    /** One romanised syllable: consonants, one to three vowels, and at most "ng" or one final consonant. */
    private static final Pattern SYLLABLE = Pattern.compile("[bcdfghjklmnpqrstvwxyz]{0,3}[aeiouy]{1,3}(ng|[nmlkpth])?",
            Pattern.CASE_INSENSITIVE);

    private HyphenatedNames() {
    }

    static List<Mention> apply(NlpDocument doc, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Mention::firstToken));
        boolean[] taken = MentionSpans.covered(tokens.size(), sorted);
        List<Mention> out = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Mention m = sorted.get(i);
            int first = m.firstToken(), end = m.endToken();
            while (first >= 2 && hyphenJoins(tokens, first - 2) && !taken[first - 2]
                    && namePart(doc, first - 2)) {
                first -= 2;
                taken[first] = taken[first + 1] = true;
            }
            while (end + 1 < tokens.size() && hyphenJoins(tokens, end - 1)) {
                if (!taken[end + 1]) {
                    taken[end] = taken[end + 1] = true;
                    end += 2;
                } else if (i + 1 < sorted.size() && sorted.get(i + 1).firstToken() == end + 1
                        && sorted.get(i + 1).type() == m.type()
                        && endsInHead(tokens.get(sorted.get(i + 1).endToken() - 1), m.type())) {
                    taken[end] = true;
                    end = sorted.get(++i).endToken();
                } else {
                    break;
                }
            }
            if (m.type() == EntityType.PERSON && end - first >= 2 && givenNameSyllable(tokens, end - 1)
                    && !taken[end + 1]) {
                taken[end] = taken[end + 1] = true;
                end += 2;
            }
            out.add(MentionSpans.withBounds(doc, m, first, end));
        }
        return out;
    }

    /**
     * Token {@code t}, a capitalised syllable, is followed by a hyphen and a lower-case syllable written together
     * with it, and the written word ends there ("Jae-in", not "Jae-in-style").
     */
    private static boolean givenNameSyllable(List<Token> tokens, int t) {
        if (t + 2 >= tokens.size()) return false;
        Token left = tokens.get(t), hyphen = tokens.get(t + 1), right = tokens.get(t + 2);
        if (!hyphen.word().equals("-") || left.end() != hyphen.start() || hyphen.end() != right.start()) return false;
        boolean wordEnds = t + 3 >= tokens.size() || tokens.get(t + 3).start() > right.end()
                || !Character.isLetterOrDigit(tokens.get(t + 3).word().charAt(0))
                && !tokens.get(t + 3).word().equals("-");
        // a verb or adjective after the hyphen makes a compound modifier ("the Tim Cook-run company"), not a name
        boolean modifier = right.pos() != null && (right.pos().startsWith("VB") || right.pos().startsWith("JJ"));
        return wordEnds && !modifier && Character.isUpperCase(left.word().charAt(0))
                && Character.isLowerCase(right.word().charAt(0))
                && SYLLABLE.matcher(left.word()).matches() && SYLLABLE.matcher(right.word()).matches();
    }

    /**
     * Tokens {@code t} and {@code t + 2}, both capitalised words, written together with the hyphen at {@code t + 1}
     * between them and no spaces.
     */
    private static boolean hyphenJoins(List<Token> tokens, int t) {
        if (t + 2 >= tokens.size()) return false;
        Token left = tokens.get(t), hyphen = tokens.get(t + 1), right = tokens.get(t + 2);
        return hyphen.word().equals("-") && left.end() == hyphen.start() && hyphen.end() == right.start()
                && Character.isUpperCase(right.word().charAt(0)) && Character.isUpperCase(left.word().charAt(0));
    }

    /**
     * Whether the untagged word at {@code t} before a hyphen can be part of a name: no prefix, and at the start of a
     * sentence, where every word is capitalised, a proper noun.
     */
    private static boolean namePart(NlpDocument doc, int t) {
        Token w = doc.tokens().get(t);
        if (isPrefix(w.word())) return false;
        return t != MentionSpans.sentenceStart(doc, t) || w.pos() != null && w.pos().startsWith("NNP");
    }

    /** A prefix written before a hyphen ("Pro", "Anti", "All"), in any case. */
    static boolean isPrefix(String word) {
        return PREFIXES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean endsInHead(Token last, EntityType type) {
        return switch (type) {
            case ORGANIZATION -> OrganisationNames.isHeadWord(last.word());
            case LOCATION -> PLACE_HEADS.contains(last.word());
            default -> false;
        };
    }
}
