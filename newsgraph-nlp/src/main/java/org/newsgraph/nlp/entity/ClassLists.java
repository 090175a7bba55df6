package org.newsgraph.nlp.entity;

import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Sentence;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A list of names the article gives a class as a whole: "Orgy, Velvet Revolver and other bands", "bands such as
 * Korn, Eels and The Used", "unions including Unite and GMB". Only names the tagger left untagged take the class:
 * a list is weaker evidence than "X is a band", and the first version of this rule, which also retyped tagged names,
 * made "Germany" an organisation in "In Germany, Volkswagen and other carmakers" and "Smith" one in "companies such
 * as Nvidia, Smith said" (docs/nlp.md, "ORG round").
 */
final class ClassLists {

    private static final Set<String> CONJUNCTIONS = Set.of("and", "or");
    /** Words between the conjunction and "other": "and several other bands", "and many other companies". */
    private static final Set<String> QUANTIFIERS = Set.of("several", "many", "some", "various", "numerous", "a",
            "few", "dozens", "of");
    /** What may follow a one-name list: "bands including Street Drum Corps." (not "such as Nvidia, Smith said"). */
    private static final Set<String> LIST_ENDS = Set.of(".", ";", ":", ")", "!", "?");

    private ClassLists() {
    }

    /** Untagged names of class lists, each typed by the plural class noun. */
    static List<ClassNouns.Typed> find(NlpDocument doc, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        Mention[] endingAt = new Mention[tokens.size() + 1];
        Mention[] startingAt = new Mention[tokens.size() + 1];
        boolean[] tagged = new boolean[tokens.size()];
        for (Mention m : mentions) {
            endingAt[m.endToken()] = m;
            startingAt[m.firstToken()] = m;
            for (int t = m.firstToken(); t < m.endToken(); t++) tagged[t] = true;
        }
        List<ClassNouns.Typed> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                if (!"NNS".equals(tokens.get(t).pos())) continue;
                EntityType type = ClassNouns.type(tokens.get(t));
                if (type == null) continue;
                int other = t - 1;
                while (other > s.firstToken() && pos(tokens, other).startsWith("JJ") && !word(tokens, other).equals("other")) {
                    other--;
                }
                if (other > s.firstToken() && word(tokens, other).equals("other")) {
                    int conj = other - 1;
                    while (conj > s.firstToken() && QUANTIFIERS.contains(word(tokens, conj))) conj--;
                    if (CONJUNCTIONS.contains(word(tokens, conj))) {
                        untagged(listBefore(doc, endingAt, s, conj), tagged, type, out);
                    }
                }
                int from = listStart(tokens, t + 1, s.endToken());
                if (from > 0) untagged(listAfter(doc, startingAt, from, s.endToken()), tagged, type, out);
            }
        }
        return out;
    }

    /** The first token of the list after "NOUNS(,) such as" or "NOUNS(,) including"; -1 if none follows. */
    private static int listStart(List<Token> tokens, int t, int sentenceEnd) {
        if (t < sentenceEnd && word(tokens, t).equals(",")) t++;
        if (t + 1 < sentenceEnd && word(tokens, t).equals("including")) return t + 1;
        if (t + 2 < sentenceEnd && word(tokens, t).equals("such") && word(tokens, t + 1).equals("as")) return t + 2;
        return -1;
    }

    /**
     * "A, B(,) and" ending at the conjunction {@code conj}, as token ranges: names back to the first one not
     * separated by a comma. A name right after a preposition that opens the sentence is the phrase that sets the
     * scene, not an item: "In Germany, Volkswagen and other carmakers".
     */
    private static List<int[]> listBefore(NlpDocument doc, Mention[] endingAt, Sentence s, int conj) {
        List<int[]> items = new ArrayList<>();
        int end = conj;
        if (end > s.firstToken() && word(doc.tokens(), end - 1).equals(",")) end--;
        while (end > s.firstToken()) {
            int first = nameEndingAt(doc, endingAt, s.firstToken(), end);
            if (first < 0) break;
            if (first - 1 == s.firstToken() && pos(doc.tokens(), first - 1).equals("IN")) break;
            items.add(new int[]{first, end});
            if (first - 1 <= s.firstToken() || !word(doc.tokens(), first - 1).equals(",")) break;
            end = first - 1;
        }
        return items;
    }

    /**
     * "A, B(,) and C" from {@code from}, as token ranges. A list of several names counts only when a conjunction and
     * a name close it, and a single name only when the sentence or clause ends after it: "companies such as Nvidia,
     * Smith said" and "big bands such as Les Brown and His Band of Renown" give nothing.
     */
    private static List<int[]> listAfter(NlpDocument doc, Mention[] startingAt, int from, int sentenceEnd) {
        List<int[]> items = new ArrayList<>();
        int first = from;
        while (first < sentenceEnd) {
            int end = nameStartingAt(doc, startingAt, first, sentenceEnd);
            if (end < 0) return List.of();
            items.add(new int[]{first, end});
            String sep = end < sentenceEnd ? word(doc.tokens(), end) : ".";
            if (sep.equals(",") && end + 1 < sentenceEnd && CONJUNCTIONS.contains(word(doc.tokens(), end + 1))) {
                sep = word(doc.tokens(), ++end);
            }
            if (CONJUNCTIONS.contains(sep)) {
                int last = end + 1 < sentenceEnd ? nameStartingAt(doc, startingAt, end + 1, sentenceEnd) : -1;
                if (last < 0) return List.of();
                items.add(new int[]{end + 1, last});
                return items;
            }
            if (!sep.equals(",")) return items.size() == 1 && LIST_ENDS.contains(sep) ? items : List.of();
            first = end + 1;
        }
        return List.of();
    }

    /** The items the tagger did not find, with the list's type. */
    private static void untagged(List<int[]> items, boolean[] tagged, EntityType type, List<ClassNouns.Typed> out) {
        for (int[] it : items) {
            boolean free = true;
            for (int t = it[0]; t < it[1]; t++) free &= !tagged[t];
            if (free) out.add(new ClassNouns.Typed(it[0], it[1], type));
        }
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
        return ClassNouns.isName(doc, t) && !EntityResolver.isNotName(tok.word()) && !pos(doc.tokens(), t).startsWith("PRP");
    }

    private static String word(List<Token> tokens, int t) {
        return tokens.get(t).word().toLowerCase(Locale.ROOT);
    }

    private static String pos(List<Token> tokens, int t) {
        String p = tokens.get(t).pos();
        return p == null ? "" : p;
    }
}
