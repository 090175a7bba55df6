package org.newsgraph.nlp.entity;

import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A list of names the article gives a class to as a whole: "Orgy, Velvet Revolver and other bands", "bands such as
 * Korn, Eels and The Used", "carmakers including Kia and Seat". Each name in the list is what the plural class noun
 * says ({@link ClassNouns}' classes), the way "X is a band" types one name.
 */
final class ClassLists {

    private static final Set<String> INTRODUCERS = Set.of("including", "such");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or");
    /** Words between the conjunction and "other": "and several other bands", "and many other companies". */
    private static final Set<String> QUANTIFIERS = Set.of("several", "many", "some", "various", "numerous", "two",
            "three", "a", "few", "dozens", "of");

    private ClassLists() {
    }

    static List<ClassNouns.Typed> find(NlpDocument doc, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        Mention[] endingAt = new Mention[tokens.size() + 1];
        Mention[] startingAt = new Mention[tokens.size() + 1];
        for (Mention m : mentions) {
            endingAt[m.endToken()] = m;
            startingAt[m.firstToken()] = m;
        }
        List<ClassNouns.Typed> out = new ArrayList<>();
        for (var s : doc.sentences()) {
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                Token noun = tokens.get(t);
                if (!"NNS".equals(noun.pos())) continue;
                EntityType type = ClassNouns.type(noun);
                if (type == null) continue;
                int other = t - 1;
                while (other > s.firstToken() && tokens.get(other).pos() != null
                        && tokens.get(other).pos().startsWith("JJ") && !word(tokens, other).equals("other")) {
                    other--;
                }
                if (other > s.firstToken() && word(tokens, other).equals("other")) {
                    int conj = other - 1;
                    while (conj > s.firstToken() && QUANTIFIERS.contains(word(tokens, conj))) conj--;
                    if (CONJUNCTIONS.contains(word(tokens, conj))) listBefore(doc, endingAt, s.firstToken(), conj, type, out);
                }
                int after = t + 1;
                if (after < s.endToken() && word(tokens, after).equals(",")) after++;
                if (after < s.endToken() && INTRODUCERS.contains(word(tokens, after))) {
                    int from = word(tokens, after).equals("such") ? after + 2 : after + 1;
                    if (from - 1 < s.endToken() && (from == after + 1 || word(tokens, after + 1).equals("as"))) {
                        listAfter(doc, startingAt, from, s.endToken(), type, out);
                    }
                }
            }
        }
        return out;
    }

    /** "A, B(,) and" ending at the conjunction {@code conj}: names back to the first one not separated by a comma. */
    private static void listBefore(NlpDocument doc, Mention[] endingAt, int sentenceStart, int conj, EntityType type,
                                   List<ClassNouns.Typed> out) {
        int end = conj;
        if (end > sentenceStart && word(doc.tokens(), end - 1).equals(",")) end--;
        while (end > sentenceStart) {
            int first = nameEndingAt(doc, endingAt, sentenceStart, end);
            if (first < 0) return;
            out.add(new ClassNouns.Typed(first, end, type));
            if (first - 1 <= sentenceStart || !word(doc.tokens(), first - 1).equals(",")) return;
            end = first - 1;
        }
    }

    /**
     * "A, B(,) and C" from {@code from}: names up to the last one after the conjunction. A list that does not end
     * in a name after its conjunction counts for nothing: "big bands such as Les Brown and His Band of Renown" is
     * one band's name, not two bands.
     */
    private static void listAfter(NlpDocument doc, Mention[] startingAt, int from, int sentenceEnd, EntityType type,
                                  List<ClassNouns.Typed> out) {
        List<ClassNouns.Typed> items = new ArrayList<>();
        int first = from;
        while (first < sentenceEnd) {
            int end = nameStartingAt(doc, startingAt, first, sentenceEnd);
            if (end < 0) return;
            items.add(new ClassNouns.Typed(first, end, type));
            String sep = end < sentenceEnd ? word(doc.tokens(), end) : "";
            if (sep.equals(",") && end + 1 < sentenceEnd && CONJUNCTIONS.contains(word(doc.tokens(), end + 1))) {
                end++;
                sep = word(doc.tokens(), end);
            }
            boolean lastFollows = CONJUNCTIONS.contains(sep);
            if (!lastFollows && !sep.equals(",")) break;
            first = end + 1;
            if (lastFollows) {
                end = first < sentenceEnd ? nameStartingAt(doc, startingAt, first, sentenceEnd) : -1;
                if (end < 0) return;
                items.add(new ClassNouns.Typed(first, end, type));
                break;
            }
        }
        out.addAll(items);
    }

    /** First token of the name (tagger mention, else capitalised run) ending at {@code end}; -1 if none. */
    private static int nameEndingAt(NlpDocument doc, Mention[] endingAt, int sentenceStart, int end) {
        if (endingAt[end] != null) return endingAt[end].firstToken();
        int first = end;
        while (first > sentenceStart && (nameWord(doc, first - 1) || joiner(doc, first - 1, sentenceStart, end))) {
            first--;
        }
        if (first > sentenceStart && word(doc.tokens(), first - 1).equals("the") && first < end) first--;
        return first < end ? first : -1;
    }

    /** End token of the name starting at {@code first}; -1 if none. */
    private static int nameStartingAt(NlpDocument doc, Mention[] startingAt, int first, int sentenceEnd) {
        if (startingAt[first] != null) return startingAt[first].endToken();
        int end = first;
        if (doc.tokens().get(end).word().equals("The")) end++;
        while (end < sentenceEnd && (nameWord(doc, end) || joiner(doc, end, first, sentenceEnd))) end++;
        return end > first && nameWord(doc, end - 1) ? end : -1;
    }

    /** "of" or "&" between two name words inside [{@code from}, {@code to}): "The Receiving End of Sirens". */
    private static boolean joiner(NlpDocument doc, int t, int from, int to) {
        String w = word(doc.tokens(), t);
        return (w.equals("of") || w.equals("&")) && t > from && t + 1 < to && nameWord(doc, t - 1)
                && nameWord(doc, t + 1);
    }

    private static boolean nameWord(NlpDocument doc, int t) {
        Token tok = doc.tokens().get(t);
        return ClassNouns.isName(doc, t) && !EntityResolver.isNotName(tok.word())
                && (tok.pos() == null || !tok.pos().startsWith("PRP"));
    }

    private static String word(List<Token> tokens, int t) {
        return tokens.get(t).word().toLowerCase(Locale.ROOT);
    }
}
