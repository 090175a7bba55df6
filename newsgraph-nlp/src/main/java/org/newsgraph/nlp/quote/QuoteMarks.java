package org.newsgraph.nlp.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted stretches of text in curly (“…”), straight ("…"), guillemet («…», »…«), low-high („…“) and
 * typewriter-tokenised (``…'', as corpora built from Penn Treebank-style tokens write them) marks, and in pairs of
 * apostrophes (''…'', as newspaper archives that lost their curly marks write both ends). A quote left open at
 * the end of a paragraph runs to that paragraph's end, as multi-paragraph quotes in news reopen with a new mark on the
 * next paragraph and never close the first.
 */
public final class QuoteMarks {
    private static final String TOKENISED_OPEN = "``", TOKENISED_CLOSE = "''";

    /**
     * Content offsets (inside the marks), whether the closing mark was missing, and where the opening mark starts
     * and the closing mark ends (the content's end when it is missing); a mark may take two characters.
     */
    public record Stretch(int start, int end, boolean open, int markStart, int markEnd) {
    }

    private QuoteMarks() {
    }

    public static List<Stretch> find(String text) {
        List<Stretch> out = new ArrayList<>();
        int i = 0, n = text.length();
        while (i < n) {
            if (text.startsWith(TOKENISED_OPEN, i) || opensWithApostrophes(text, i)) {
                i = add(text, i, TOKENISED_OPEN.length(), TOKENISED_CLOSE, out);
                continue;
            }
            char close = closer(text.charAt(i), text, i);
            if (close == 0) {
                i++;
                continue;
            }
            String closing = text.charAt(i) == '„' ? "“”" : String.valueOf(close);
            i = add(text, i, 1, closing, out);
        }
        return out;
    }

    /**
     * Adds the stretch whose opening mark of {@code openLength} characters starts at {@code i} and which the first of
     * the marks {@code closing} (one string of two characters for a two-character mark, else any one of its
     * characters) closes in the paragraph; returns where to go on.
     */
    private static int add(String text, int i, int openLength, String closing, List<Stretch> out) {
        int j = i + openLength;
        int limit = paragraphEnd(text, j);
        boolean pair = closing.equals(TOKENISED_CLOSE);
        while (j < limit && !(pair ? text.startsWith(closing, j) : closing.indexOf(text.charAt(j)) >= 0)) j++;
        // "… 'no deal,''' he said": a quote inside closes first, and the last two apostrophes close this one
        if (pair && text.startsWith("'''", j)) j++;
        boolean open = j >= limit;
        int markEnd = open ? trimEnd(text, limit) : j + (pair ? closing.length() : 1);
        // tokenised text sets its marks apart with spaces ("`` We will win , ''"), which are no part of the quote
        int start = i + openLength, end = trimEnd(text, open ? limit : j);
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        if (end > start) out.add(new Stretch(start, end, open, i, markEnd));
        return open ? limit : markEnd;
    }

    /**
     * Whether two apostrophes at {@code i} open a quote: at the start of a word (after a space, a bracket or a dash,
     * and before a word), as archives write ''We will win,'' she said. Tokenised text sets its closing '' apart with
     * a space after it, so a closing mark never opens one.
     */
    private static boolean opensWithApostrophes(String text, int i) {
        if (!text.startsWith(TOKENISED_CLOSE, i) || i + 2 >= text.length()) return false;
        char before = i == 0 ? ' ' : text.charAt(i - 1), after = text.charAt(i + 2);
        return (Character.isWhitespace(before) || "([—–-".indexOf(before) >= 0)
                && !Character.isWhitespace(after) && after != '\'';
    }

    /** The closing mark an opening mark at {@code i} expects, or 0 when {@code c} opens nothing there. */
    private static char closer(char c, String text, int i) {
        switch (c) {
            case '“': return '”';
            case '«': return '»';
            case '»': return '«';
            case '„': return '“';
            case '"':
                // A straight mark opens when it does not follow a letter or digit (which would make it a closer).
                return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) ? '"' : 0;
            default: return 0;
        }
    }

    private static int paragraphEnd(String text, int from) {
        int p = text.indexOf("\n\n", from);
        return p < 0 ? text.length() : p;
    }

    private static int trimEnd(String text, int end) {
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        return end;
    }
}
