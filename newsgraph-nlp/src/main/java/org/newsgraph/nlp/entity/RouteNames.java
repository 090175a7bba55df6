package org.newsgraph.nlp.entity;

import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Railways are named after the places they join: "the Baltimore and Ohio Railroad", "the Chesapeake and Ohio
 * Railway", "the Atchison, Topeka and Santa Fe Railway". The tagger reads the first places as places (or as
 * persons) and only the last place with the head word as the name, so the name is cut at "and". A mention ending in
 * such a head word after "and" or "&" takes the capitalised words before the conjunction, and a list of them
 * separated by commas, into one name of the mention's type. Not where the words before the head describe the line
 * rather than name an end ("Portland and the Grand Trunk Railway", "Bangor and Maine Central Railroad": the name is
 * complete without the place before it), nor over an organisation or a person's full name the tagger found ("Ann Lee
 * and Erie Railroad").
 * <p>
 * Only railways: a canal is most often named after the one place it crosses ("the Rhine and Panama Canal",
 * "between Syracuse and Erie Canal towns" are a river and a canal, a town and a canal), and so is a turnpike, while
 * a railway named by its ends is the common case. And not where the words before "and" describe a line of their own
 * ("Canadian National and CPKC Railway" are two companies).
 */
final class RouteNames {
    private static final Set<String> HEADS = Set.of("Railroad", "Railway", "Railways");
    /** Words that describe a line instead of naming a place it reaches. */
    private static final Set<String> DESCRIPTIONS = Set.of("Central", "Pacific", "Atlantic", "Trunk", "Union",
            "National", "Grand", "Great", "Northern", "Southern", "Eastern", "Western", "Midland", "Valley", "City",
            "Street", "Electric", "Transit", "Light", "International", "Short", "Line");
    /** Most words a place of the name has ("Santa Fe", "New York"). */
    private static final int MAX_PLACE = 3;

    private RouteNames() {
    }

    static List<Mention> apply(NlpDocument doc, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        List<Mention> out = new ArrayList<>(mentions);
        for (Mention m : mentions) {
            int head = m.endToken() - 1, and = m.firstToken() - 1;
            if (m.endToken() - m.firstToken() < 2 || !HEADS.contains(tokens.get(head).word()) || and < 1
                    || !isAnd(tokens.get(and)) || !MentionSpans.sameSentence(doc, and, head)) continue;
            boolean described = false;
            for (int t = m.firstToken(); t < head; t++) described |= DESCRIPTIONS.contains(tokens.get(t).word());
            if (described) continue;
            int first = placeBefore(doc, mentions, and);
            if (first < 0) continue;
            for (int t = first; t < and; t++) described |= DESCRIPTIONS.contains(tokens.get(t).word());
            if (described) continue;
            // "Atchison, Topeka and Santa Fe": the places before the last pair, separated by commas
            for (int p; first >= 2 && tokens.get(first - 1).word().equals(",")
                    && (p = placeBefore(doc, mentions, first - 1)) >= 0; ) {
                first = p;
            }
            int start = first;
            out.removeIf(o -> o.firstToken() >= start && o.endToken() <= m.endToken());
            out.add(MentionSpans.of(doc, start, m.endToken(), m.type()));
        }
        out.sort(Comparator.comparingInt(Mention::firstToken));
        return out;
    }

    private static boolean isAnd(Token t) {
        return t.word().equals("and") || t.word().equals("&");
    }

    /**
     * The first token of the place name of one to three capitalised words ending right before token {@code end} in
     * its sentence, or -1: no word of it in an organisation's mention or in a person's name of two words or more,
     * no mention reaching out of it, and a word that is no capitalised name word before it.
     */
    private static int placeBefore(NlpDocument doc, List<Mention> mentions, int end) {
        List<Token> tokens = doc.tokens();
        int first = end;
        while (first > 0 && end - first < MAX_PLACE && MentionSpans.sameSentence(doc, first - 1, end)
                && nameWord(tokens.get(first - 1))) first--;
        if (first == end || first > 0 && MentionSpans.sameSentence(doc, first - 1, end)
                && nameWord(tokens.get(first - 1))) return -1;
        for (Mention o : mentions) {
            if (o.firstToken() >= end || o.endToken() <= first) continue;
            if (o.firstToken() < first || o.endToken() > end || o.type() == EntityType.ORGANIZATION
                    || o.type() == EntityType.PERSON && o.endToken() - o.firstToken() > 1) return -1;
        }
        return first;
    }

    private static boolean nameWord(Token t) {
        String w = t.word();
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && t.pos() != null
                && (t.pos().startsWith("NN") || t.pos().startsWith("JJ"));
    }
}
