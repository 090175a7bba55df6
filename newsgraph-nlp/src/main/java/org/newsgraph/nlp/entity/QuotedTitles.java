package org.newsgraph.nlp.entity;

import org.newsgraph.model.EntityType;
import org.newsgraph.nlp.quote.QuoteMarks;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A title in quotation marks that holds a name ("Anarchy in Tokyo", "Buddha for Mary", "Occam's Razor", "Salute to
 * America") names the song, book, episode or event, and the name inside is no mention of its own there: the song
 * is not in Tokyo. The tagger reads the name alone; the quoted title is one miscellaneous name, as CoNLL-style
 * annotation has it. A title is told from quoted speech by its words: two to twelve, every one capitalised but the
 * short function words, which one at least must be, or a possessive ("Uncle John's Band"), since a run of
 * capitalised words alone may be a name set in quotes ("Montreal HC", "Steve Jobs 1955-2011") and speech has
 * lower-case words and punctuation. A quoted word alone is a nickname or a name ({@link Nicknames}).
 * <p>
 * Title case alone is no title: slogans ("Death to America", "Justice for George Floyd"), nicknames ("known as
 * "Prince of Detroit"") and groups' names ("calling itself "Friends of Syria"") are written the same way and keep
 * the names they hold. So the text must say a work is named: a work's noun or a verb of naming or making it just
 * before the quotes ("the song", "titled", "recorded"), or a work's noun or a verb of making just after them
 * (", a song", "was also recorded"), or a quoted item before it in the same list that has one ("songs such as "Dark
 * Star", "Uncle John's Band""). Quotations are paired as the quote finder pairs them ({@link QuoteMarks}), and only
 * one closed inside its sentence counts, so a long quotation's closing mark never opens a new one.
 */
final class QuotedTitles {
    /** Tokens are the raw text ({@code CoreNlpAnnotator}), as in {@link Nicknames}. */
    private static final Set<String> QUOTES = Set.of("\"", "“", "”");
    /** The lower-case words a title's capitalisation leaves small. */
    private static final Set<String> SMALL = Set.of("a", "an", "the", "of", "in", "to", "for", "and", "on", "at",
            "by", "with", "from", "or", "into", "over", "under", "upon", "vs");
    private static final int MAX_WORDS = 12;
    /** Words between the quoted items of one list. */
    private static final Set<String> LIST_WORDS = Set.of(",", "and", "or");

    private QuotedTitles() {
    }

    static List<Mention> apply(NlpDocument doc, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        List<int[]> titles = new ArrayList<>();
        int[] cuedBefore = null;
        for (int[] q : quotePairs(doc)) {
            int open = q[0], close = q[1];
            boolean cued = cue(doc, open, close) || cuedBefore != null && listed(tokens, cuedBefore[1], open);
            cuedBefore = cued ? q : null;
            if (cued && close - open - 1 >= 2 && close - open - 1 <= MAX_WORDS && isTitle(tokens, open + 1, close)
                    && holdsName(mentions, open + 1, close)) {
                titles.add(new int[]{open + 1, close});
            }
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

    /**
     * The quotations closed inside their sentence ({@link QuoteMarks}), as {open, close} token indexes of their marks;
     * an unclosed one pairs with nothing.
     */
    private static List<int[]> quotePairs(NlpDocument doc) {
        List<Token> tokens = doc.tokens();
        Map<Integer, Integer> starting = new HashMap<>(), ending = new HashMap<>();
        for (int t = 0; t < tokens.size(); t++) {
            starting.put(tokens.get(t).start(), t);
            ending.put(tokens.get(t).end(), t);
        }
        List<int[]> pairs = new ArrayList<>();
        for (QuoteMarks.Stretch s : QuoteMarks.find(doc.text())) {
            Integer open = starting.get(s.markStart()), close = ending.get(s.markEnd());
            if (!s.open() && open != null && close != null && MentionSpans.sameSentence(doc, open, close)) {
                pairs.add(new int[]{open, close});
            }
        }
        return pairs;
    }

    /** Whether a work's noun or a verb of naming or making it stands next to the quotes ({@link WorkCues}). */
    private static boolean cue(NlpDocument doc, int open, int close) {
        return WorkCues.before(doc, open, QUOTES) || WorkCues.after(doc, close, QUOTES);
    }

    /** Whether only list words stand between a closing mark and the next opening one ("Dark Star", "Uncle ..."). */
    private static boolean listed(List<Token> tokens, int close, int open) {
        if (open - close < 2) return false;
        for (int t = close + 1; t < open; t++) if (!LIST_WORDS.contains(tokens.get(t).word())) return false;
        return true;
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
