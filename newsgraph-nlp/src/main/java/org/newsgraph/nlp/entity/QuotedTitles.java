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
 * A title in quotation marks that holds a name ("Anarchy in Tokyo", "Buddha for Mary", "Occam's Razor", "Salute to
 * America") names the song, book, episode or event, and the name inside is no mention of its own there: the song
 * is not in Tokyo. The tagger reads the name alone; the quoted title is one miscellaneous name, as CoNLL-style
 * annotation has it. A title is told from quoted speech by its words: two to twelve, every one capitalised but the
 * short function words, which one at least must be, or a possessive ("Uncle John's Band"), since a run of
 * capitalised words alone may be a name set in quotes ("Montreal HC", "Steve Jobs 1955-2011") and speech has
 * lower-case words and punctuation. A quoted word alone is a nickname or a name ({@link Nicknames}).
 */
final class QuotedTitles {
    /** Tokens are the raw text ({@code CoreNlpAnnotator}), as in {@link Nicknames}. */
    private static final Set<String> QUOTES = Set.of("\"", "“", "”");
    /** The lower-case words a title's capitalisation leaves small. */
    private static final Set<String> SMALL = Set.of("a", "an", "the", "of", "in", "to", "for", "and", "on", "at",
            "by", "with", "from", "or", "into", "over", "under", "upon", "vs");
    private static final int MAX_WORDS = 12;

    private QuotedTitles() {
    }

    static List<Mention> apply(NlpDocument doc, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        List<int[]> titles = new ArrayList<>();
        for (int open = 0; open < tokens.size(); open++) {
            if (!QUOTES.contains(tokens.get(open).word()) || tokens.get(open).word().equals("”")) continue;
            int close = open + 1;
            while (close < tokens.size() && close - open <= MAX_WORDS + 1
                    && !QUOTES.contains(tokens.get(close).word())) close++;
            if (close >= tokens.size() || !QUOTES.contains(tokens.get(close).word())) continue;
            if (close - open - 1 >= 2 && close - open - 1 <= MAX_WORDS
                    && MentionSpans.sameSentence(doc, open, close) && isTitle(tokens, open + 1, close)
                    && holdsName(mentions, open + 1, close)) {
                titles.add(new int[]{open + 1, close});
            }
            open = close - 1;
        }
        if (titles.isEmpty()) return mentions;
        List<Mention> out = new ArrayList<>(mentions);
        for (int[] t : titles) {
            out.removeIf(m -> m.firstToken() >= t[0] && m.endToken() <= t[1]);
            out.add(MentionSpans.of(doc, t[0], t[1], EntityType.MISC));
        }
        out.sort(Comparator.comparingInt(Mention::firstToken));
        return out;
    }

    /** Whether tokens {@code [first, end)} are a title's words: capitalised ends, small words or a possessive. */
    private static boolean isTitle(List<Token> tokens, int first, int end) {
        boolean small = false;
        for (int t = first; t < end; t++) {
            String w = tokens.get(t).word();
            boolean edge = t == first || t == end - 1;
            if (SMALL.contains(w) && !edge || (w.equals("'s") || w.equals("’s")) && t > first) {
                small = true;
            } else if (!capitalisedWord(w)) {
                return false;
            }
        }
        return small;
    }

    private static boolean capitalisedWord(String w) {
        if (!Character.isUpperCase(w.charAt(0))) return false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLetter(c) && c != '\'' && c != '-' && c != '’') return false;
        }
        return true;
    }

    /**
     * Whether a person's, a place's or an organisation's mention lies inside the title, shorter than it, and no
     * mention crosses its quotes.
     */
    private static boolean holdsName(List<Mention> mentions, int first, int end) {
        boolean inside = false;
        for (Mention m : mentions) {
            if (m.endToken() <= first || m.firstToken() >= end) continue;
            if (m.firstToken() < first || m.endToken() > end) return false;
            inside |= m.type() != EntityType.MISC && (m.firstToken() > first || m.endToken() < end);
        }
        return inside;
    }
}
