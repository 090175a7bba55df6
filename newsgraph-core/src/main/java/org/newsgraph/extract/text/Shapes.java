package org.newsgraph.extract.text;

/** Typographic shape tests on single lines: how headlines, subheads and cut-off paragraphs look. */
public final class Shapes {

    private Shapes() {
    }

    /** Ends a sentence: a full stop, question or exclamation mark (any script), possibly inside closing quotes. */
    static boolean endsSentence(String s) {
        int i = s.length() - 1;
        while (i >= 0 && isClosing(s.charAt(i))) i--;
        if (i < 0) return false;
        char c = s.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == '！' || c == '？' || c == '؟'
                || c == '।';
    }

    /** Ends with an ellipsis, the way sites mark a teaser they shortened on purpose. */
    public static boolean endsWithEllipsis(String s) {
        String t = s.stripTrailing();
        return t.endsWith("...") || t.endsWith("…") || t.endsWith("[…]") || t.endsWith("[...]");
    }

    static int words(String s) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !inWord) count++;
            inWord = !space;
        }
        return count;
    }

    /** A headline: one short line that does not end like a sentence with a full stop or a clause mark. */
    static boolean looksLikeHeadline(String s) {
        if (s.length() > 200 || words(s) > 30) return false;
        char last = s.charAt(s.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':') return false;
        return !Character.isLowerCase(s.codePointAt(0));
    }

    /**
     * A subhead: a short line without final punctuation, in capitals or title case. Scripts without case qualify on
     * shortness alone, since they have no other typographic tell in plain text.
     */
    static boolean looksLikeSubhead(String s) {
        if (s.length() > 100 || words(s) > 12) return false;
        char last = s.charAt(s.length() - 1);
        if (".,;:!…\"”’)".indexOf(last) >= 0) return false;
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c)) upper++;
            else if (Character.isLowerCase(c)) lower++;
        }
        if (upper + lower == 0) return s.length() <= 40;
        if (lower == 0) return upper >= 2;
        return isTitleCase(s) && last != '?';
    }

    private static boolean isTitleCase(String s) {
        int significant = 0;
        int capitalised = 0;
        for (String w : s.split("\\s+")) {
            if (w.length() < 4 || !Character.isLetter(w.charAt(0))) continue;
            significant++;
            if (Character.isUpperCase(w.charAt(0))) capitalised++;
        }
        return significant > 0 && Character.isUpperCase(s.codePointAt(0)) && capitalised * 10 >= significant * 8;
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»' || c == '」'
                || c == '』' || c == '*';
    }
}
