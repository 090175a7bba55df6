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

/**
 * Names written like a phrase, that open with a number or hold lower-case joining words ("30 Seconds to Mars", "Death
 * Cab for Cutie", "10 Years of Rain"): the tagger takes only the capitalised word it knows as a name ("Mars", a
 * place). Where such a name is the subject of an organisation's description that opens its sentence ("30 Seconds
 * to Mars is an alternative rock band"), the whole subject is the name: a description's subject is one noun phrase,
 * and no news sentence puts a bare number or "to" before the body it describes. The article's other mentions of the
 * tagger's word after the same words are that name too.
 */
final class TitleNames {
    /** Lower-case words that join the parts of a name written like a phrase. */
    private static final Set<String> JOINERS = Set.of("to", "of", "the", "and", "for", "in", "on", "at", "from",
            "with", "a", "&");
    /** Parts of speech a name's first word may have: not a preposition or adverb ("In 2005 Acme was a firm"). */
    private static final Set<String> FIRST_POS = Set.of("CD", "NNP", "NNPS", "NN", "NNS", "JJ", "DT");

    private TitleNames() {
    }

    static List<Mention> apply(NlpDocument doc, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        boolean[] covered = MentionSpans.covered(tokens.size(), mentions);
        Mention[] endingAt = new Mention[tokens.size() + 1];
        for (Mention m : mentions) endingAt[m.endToken()] = m;
        List<int[]> names = new ArrayList<>();
        for (var s : doc.sentences()) {
            int copula = describingCopula(tokens, s.firstToken(), s.endToken());
            if (copula < 0) continue;
            int end = copula;
            if (tokens.get(end - 1).word().equals(")")) {
                // "X ( or Y ) is a band": both X and Y are the name
                int open = end - 1;
                while (open > s.firstToken() && !tokens.get(open).word().equals("(")) open--;
                int from = open + 1;
                if (from < end - 1 && tokens.get(from).word().equals("or")) from++;
                add(doc, covered, endingAt[end - 1], from, names);
                end = open;
            }
            add(doc, covered, endingAt[end], s.firstToken(), names);
        }
        if (names.isEmpty()) return mentions;
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int[] whole = null;
            for (int[] n : names) {
                int prefix = n[1] - n[0];
                if (m.firstToken() - prefix >= 0 && sameWords(tokens, n[0], m.firstToken() - prefix, n[2] - n[0])
                        && m.endToken() - m.firstToken() == n[2] - n[1]
                        && uncovered(covered, m.firstToken() - prefix, m.firstToken())) {
                    whole = new int[]{m.firstToken() - prefix, m.endToken()};
                }
            }
            // the description types the name's every form, the one in brackets too, which its key alone would miss
            out.add(whole == null ? m : MentionSpans.of(doc, whole[0], whole[1], EntityType.ORGANIZATION));
        }
        out.sort(Comparator.comparingInt(Mention::firstToken));
        return out;
    }

    /**
     * The first copula of the sentence where an organisation's description follows ("is an alternative rock band").
     * Only organisations: before a person's or a place's class the words are an office or a part of something ("The
     * Mayor of London is a politician", "The capital of Tarvia is a city"), which no body's description opens with.
     */
    private static int describingCopula(List<Token> tokens, int first, int end) {
        for (int t = first + 1; t < end; t++) {
            if (ClassNouns.COPULAS.contains(tokens.get(t).word())) {
                return ClassNouns.describedAs(tokens, t + 1, end, false) == EntityType.ORGANIZATION ? t : -1;
            }
        }
        return -1;
    }

    /**
     * Records {name start, tagger mention start, end} where the untagged words from {@code from} up to the mention
     * make one name with it: a number or a capitalised word first, then numbers, capitalised words or joiners, with
     * a number or a joiner among them (a run of capitalised words alone is the tagger's to cut).
     */
    private static void add(NlpDocument doc, boolean[] covered, Mention m, int from, List<int[]> names) {
        if (m == null || m.firstToken() <= from || !uncovered(covered, from, m.firstToken())) return;
        List<Token> tokens = doc.tokens();
        Token first = tokens.get(from);
        if (first.pos() == null || !FIRST_POS.contains(first.pos())
                || !(first.pos().equals("CD") || Character.isUpperCase(first.word().charAt(0)))) return;
        boolean phrase = false;
        for (int t = from; t < m.firstToken(); t++) {
            Token w = tokens.get(t);
            boolean number = "CD".equals(w.pos());
            boolean joiner = t > from && JOINERS.contains(w.word());
            if (!(number || joiner || ClassNouns.isName(doc, t) || t == from)) return;
            phrase |= number || joiner;
        }
        if (phrase) names.add(new int[]{from, m.firstToken(), m.endToken()});
    }

    private static boolean uncovered(boolean[] covered, int from, int end) {
        for (int t = from; t < end; t++) if (covered[t]) return false;
        return true;
    }

    private static boolean sameWords(List<Token> tokens, int a, int b, int length) {
        for (int i = 0; i < length; i++) {
            if (!tokens.get(a + i).word().toLowerCase(Locale.ROOT)
                    .equals(tokens.get(b + i).word().toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }
}
