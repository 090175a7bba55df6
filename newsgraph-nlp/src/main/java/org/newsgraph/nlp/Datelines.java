package org.newsgraph.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a wire story's dateline ("HANOI - ", "SEOUL, South Korea (AP) — ", "WASHINGTON, March 3 (Reuters) - ") out of
 * its first sentence. Run together, the parser makes the place part of the subject ("HANOI - Donald Trump met ..."),
 * and what is built on the parse inherits it: the actor "HANOI - Donald Trump" is Vietnam's government. The text
 * the tagger reads has the dash replaced by a paragraph break of the same length, so the dateline becomes a sentence
 * of its own while every offset still points into the article text.
 */
final class Datelines {

    /**
     * At the start of a paragraph: a place in capitals (up to four words, three letters or more in all), an optional
     * region or date after a comma ("South Korea", "March 3"), and up to two more comma groups, since a date written
     * with its year has a comma of its own ("CAMBRIDGE, Massachusetts, August 4, 2021"), an optional credit in brackets, then a dash with space
     * after it and the first sentence starting with a capital, a digit or a quote mark. A headline in capitals ends
     * in no dash; a subject before an apposition between dashes ("NATO - the alliance ... - said") goes on in lower
     * case; "U.S. - China trade" has two letters before its dash.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "(?m)^[\\t ]*(?<place>\\p{Lu}[\\p{Lu}'’.-]{2,}(?:[ ]+\\p{Lu}[\\p{Lu}'’.-]+){0,3})"
                    + "(?:,[ ]*[\\p{L}.][\\p{L}.]*(?:[ ]+[\\p{L}\\d.]+){0,3})?"
                    + "(?:,[ ]*[\\p{L}\\d.]+(?:[ ]+[\\p{L}\\d.]+){0,3}){0,2}"
                    + "(?:[ ]*\\([^()\\n]{1,40}\\))?"
                    + "(?<separator>[ ]*(?:[-–—]{1,2})[ ]+)(?=[\\p{Lu}\\d\"“‘'])");
    private static final int MIN_PLACE_LETTERS = 3;

    private Datelines() {
    }

    /** {@code text} with each dateline's dash turned into a paragraph break; the same text when it has none. */
    static String apart(String text) {
        Matcher m = DATELINE.matcher(text);
        if (!m.find()) return text;
        char[] chars = text.toCharArray();
        boolean changed = false;
        do {
            int from = m.start("separator");
            int to = m.end("separator");
            if (to - from < 2 || letters(m.group("place")) < MIN_PLACE_LETTERS) continue;
            chars[from] = '\n';
            chars[from + 1] = '\n';
            for (int i = from + 2; i < to; i++) chars[i] = ' ';
            changed = true;
        } while (m.find());
        return changed ? new String(chars) : text;
    }

    private static int letters(String place) {
        int n = 0;
        for (int i = 0; i < place.length(); i++) if (Character.isLetter(place.charAt(i))) n++;
        return n;
    }
}
