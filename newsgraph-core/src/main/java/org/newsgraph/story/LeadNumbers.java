package org.newsgraph.story;

import java.util.HashSet;
import java.util.Set;

/**
 * The numbers an article's lead states: years, decimals and numbers of two digits or more ("2013", "6.1", "1,200",
 * "33"), written as digits and not glued to letters ("3D", "737MAX" and "4th" are names or ordinals, not facts). A
 * report's opening names its occurrence's own facts (the date line, the magnitude, the toll, an age), so two leads
 * that name numbers and share none are likely about two occurrences of one kind of event. A time of day (digits on
 * both sides of a colon: "22: 46 GMT", "4:16 PM") is left out: in a lead it is mostly when the page was last updated,
 * which two reports of one occurrence do not share, and its minutes are two-digit numbers any other lead may state
 * by chance ("46 knockouts"), which would hide a disagreement.
 */
final class LeadNumbers {

    /** Characters of the text read: the date line and the opening sentences, before background paragraphs. */
    static final int LEAD_CHARS = 500;

    private LeadNumbers() {
    }

    static Set<String> of(String text) {
        Set<String> out = new HashSet<>();
        int end = Math.min(LEAD_CHARS, text.length());
        int i = 0;
        while (i < end) {
            if (!Character.isDigit(text.charAt(i)) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            StringBuilder digits = new StringBuilder();
            boolean decimal = false;
            int j = i;
            // a number that starts in the lead is read whole, as "1,200" or "6.1", wherever it ends
            for (; j < text.length(); j++) {
                char c = text.charAt(j);
                boolean joins = (c == ',' || c == '.') && j + 1 < text.length()
                        && Character.isDigit(text.charAt(j + 1));
                if (Character.isDigit(c)) digits.append(c);
                else if (joins && c == '.') {
                    decimal = true;
                    digits.append(c);
                } else if (!joins) break;
            }
            boolean glued = j < text.length() && Character.isLetter(text.charAt(j));
            boolean clock = digitAcrossColon(text, j, 1) || digitAcrossColon(text, i - 1, -1);
            if (!glued && !clock && (decimal || digits.length() >= 2)) out.add(digits.toString());
            i = j;
        }
        return out;
    }

    /**
     * Whether, reading from {@code at} in {@code step}'s direction past spaces, a colon comes and then, past spaces
     * again, a digit: the number beside {@code at} is one side of a time of day.
     */
    private static boolean digitAcrossColon(String text, int at, int step) {
        int k = skipSpaces(text, at, step);
        if (k < 0 || k >= text.length() || text.charAt(k) != ':') return false;
        k = skipSpaces(text, k + step, step);
        return k >= 0 && k < text.length() && Character.isDigit(text.charAt(k));
    }

    private static int skipSpaces(String text, int at, int step) {
        int k = at;
        while (k >= 0 && k < text.length() && text.charAt(k) == ' ') k += step;
        return k;
    }
}
