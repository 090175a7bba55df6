package org.newsgraph.nlp.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted stretches of text in curly (“…”), straight ("…"), guillemet («…», »…«) and low-high („…“) marks.
 * A quote left open at the end of a paragraph runs to that paragraph's end, as multi-paragraph quotes in news
 * reopen with a new mark on the next paragraph and never close the first.
 */
public final class QuoteMarks {

    /** Content offsets (inside the marks), and whether the closing mark was missing. */
    public record Stretch(int start, int end, boolean open) {
    }

    private QuoteMarks() {
    }

    public static List<Stretch> find(String text) {
        List<Stretch> out = new ArrayList<>();
        int i = 0, n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            char close = closer(c, text, i);
            if (close == 0) {
                i++;
                continue;
            }
            int j = i + 1;
            int limit = paragraphEnd(text, j);
            while (j < limit && !closes(text.charAt(j), close, c)) j++;
            boolean open = j >= limit;
            int end = open ? trimEnd(text, limit) : j;
            if (end > i + 1) out.add(new Stretch(i + 1, end, open));
            i = open ? limit : j + 1;
        }
        return out;
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

    private static boolean closes(char c, char close, char open) {
        return c == close || (open == '„' && c == '”');
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
