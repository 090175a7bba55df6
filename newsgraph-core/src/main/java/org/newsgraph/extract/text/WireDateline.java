package org.newsgraph.extract.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.DateNormalizer;

/**
 * The dateline of a story: the agency credit of a wire story ("SEOUL (Reuters) - ", "WASHINGTON, March 3 (AP) — ")
 * and the date it gives, before the credit ("WASHINGTON, March 7, 2019 (Reuters) - ") or right after it, ended by a
 * dash of its own ("SEOUL (AP) — March 5, 2019 — "), unless the date is the subject of the sentence ("NEW YORK (AP)
 * — Sept. 11, 2001 — a day that changed the city — was remembered"); or, a newspaper's own dateline, a place and a
 * date without a credit ("LONDON, 4 May 2026 - ").
 */
final class WireDateline {

    private static final int HEAD = 120;
    private static final Pattern DATELINE = Pattern.compile(
            "(?<place>[^()]{0,80}?)\\((?<agency>\\p{L}[\\p{L}.&' ]{0,30}?)\\)\\s*[-–—]+\\s");
    /** A dateline's place before its date: capitalised words, parts set off by commas ("NAIROBI, Kenya, "). */
    private static final Pattern PLACE = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}.'’-]*\\s*)+(?:,\\s*(?:\\p{Lu}[\\p{L}.'’-]*\\s*)+)*,\\s*");
    /**
     * A dateline without an agency's credit, "LONDON, 4 May 2026 - ": a place whose first word is in capitals, as
     * datelines print it, and a date ended by a dash; the date must have day, month and year and end the stretch
     * ({@link #placeThenDay}). Without the capitals a heading such as "Mr Justice Hale, 3 March 2026 -" would pass.
     */
    private static final Pattern UNCREDITED = Pattern.compile("(?<stretch>\\p{Lu}{2,}\\b[^()–—]{4,90}?)\\s[-–—]+\\s");
    private static final Pattern DATE_AFTER = Pattern.compile("(?<date>[^-–—]{6,30}?)\\s*[-–—]+\\s");

    private static final Pattern CLOSING_DASH = Pattern.compile("\\s[-–—]+\\s");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?:\\s|$)");
    private static final Pattern DATE_VERB = Pattern.compile("(?:was|is|were|are|will|has|had|marks|marked)\\b");

    private WireDateline() {
    }

    /** The agency named in the paragraph's dateline, or null. */
    static String agency(String paragraph) {
        Matcher m = DATELINE.matcher(head(paragraph));
        return m.lookingAt() ? m.group("agency").strip() : null;
    }

    /**
     * The ISO day of the paragraph's dateline, or null: only a date with day, month and year that ends the place
     * before the credit or fills the stretch between the credit's dash and the next; a dateline without a year
     * ("WASHINGTON, March 3 (AP) —") leaves the year to guess, and a date further into the sentence is what it
     * reports, not when it was filed.
     */
    static String date(String paragraph) {
        String head = head(paragraph);
        Matcher m = DATELINE.matcher(head);
        if (!m.lookingAt()) return uncredited(paragraph);
        String day = placeThenDay(m.group("place"));
        if (day != null) return day;
        Matcher after = DATE_AFTER.matcher(head).region(m.end(), head.length());
        if (!after.lookingAt() || heads(paragraph.substring(after.end()))) return null;
        return wholeDay(after.group("date"));
    }

    /**
     * The day of a dateline that names no agency, or null: a newspaper's own dateline is the same evidence as a
     * wire's (where and when the story was filed), unless the date heads the sentence that follows it.
     */
    private static String uncredited(String paragraph) {
        String head = head(paragraph);
        Matcher m = UNCREDITED.matcher(head);
        if (!m.lookingAt() || heads(paragraph.substring(m.end()))) return null;
        return placeThenDay(m.group("stretch"));
    }

    /**
     * Whether the text after the date's closing dash goes on a phrase the date heads, not a new sentence: it opens in
     * lower case and a dash of its own closes it before the sentence ends ("Sept. 11, 2001 — a day that changed the
     * city — was remembered"), or it opens with a verb of the date ("— was marked"). The date is then what the story
     * is about, not when it was filed.
     */
    private static boolean heads(String rest) {
        String r = rest.stripLeading();
        if (r.isEmpty() || Character.isUpperCase(r.codePointAt(0))) return false;
        if (DATE_VERB.matcher(r).lookingAt()) return true;
        Matcher end = SENTENCE_END.matcher(r);
        int stop = end.find() ? end.start() : r.length();
        return CLOSING_DASH.matcher(r).region(0, stop).find();
    }

    /** The day of a date that ends the stretch after a place ("WASHINGTON, March 7, 2019"), or null. */
    private static String placeThenDay(String stretch) {
        String s = stretch.strip();
        DateNormalizer.DateMatch d = DateNormalizer.find(s, DateNormalizer.NumericOrder.MONTH_FIRST);
        if (d == null || !PLACE.matcher(s.substring(0, d.start())).matches()) return null;
        return day(s, d);
    }

    /** The day of a date that is the whole stretch ("March 5, 2019"), or null. */
    private static String wholeDay(String stretch) {
        String s = stretch.strip();
        DateNormalizer.DateMatch d = DateNormalizer.find(s, DateNormalizer.NumericOrder.MONTH_FIRST);
        return d == null || d.start() != 0 ? null : day(s, d);
    }

    /** A date with day, month and year that ends the stretch gives its day; a month or a year alone gives none. */
    private static String day(String s, DateNormalizer.DateMatch d) {
        return d.value().length() < 10 || d.end() != s.length() ? null : d.value().substring(0, 10);
    }

    private static String head(String paragraph) {
        return paragraph.substring(0, Math.min(HEAD, paragraph.length()));
    }
}
