package org.newsgraph.nlp.entity;

import org.newsgraph.pipeline.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline a wire story opens with ("HANOI (Reuters) —", "ST. LOUIS —", "McALLEN, Texas (AP) —"): the place is
 * set in capitals by convention, not because the article spells it so, and a place the article names nowhere else
 * is written as places are usually written ("Hanoi", "Kuala Lumpur", "Dar es Salaam").
 */
final class DatelinePlaces {

    /** Tokens of the longest dateline before a credit line or dash: "NEW YORK, March 3". */
    static final int LONGEST = 8;
    private static final Set<String> DASHES = Set.of("-", "--", "—", "–");
    /**
     * Words that are lower case inside a place's name however it is set ("Dar es Salaam", "Port-au-Prince",
     * "Frankfurt am Main", "Stratford-upon-Avon", "Trinidad and Tobago"); the first word of a name keeps its capital.
     */
    private static final Set<String> PARTICLES = Set.of("of", "the", "and", "de", "del", "della", "da", "do", "dos",
            "das", "des", "du", "la", "le", "les", "es", "am", "au", "aux", "en", "sur", "upon", "on");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern DASH = Pattern.compile("—|–|--|\\s-|-\\s");

    private DatelinePlaces() {
    }

    /**
     * The text offset where the article's dateline ends (its credit line's bracket or its dash), 0 when the article
     * opens with none: a first word in capitals, then no lower-case word before the bracket or dash.
     */
    static int end(String text, List<Token> tokens) {
        if (tokens.isEmpty() || !isCapitals(tokens.get(0).word())) return 0;
        for (int t = 0; t < tokens.size() && t < LONGEST; t++) {
            String w = tokens.get(t).word();
            if (w.equals("(")) return tokens.get(t).start();
            if (Character.isLowerCase(w.charAt(0))) return 0;
            if (dashAfter(text, tokens, t)) return tokens.get(t).end();
        }
        return 0;
    }

    /**
     * Whether a dash follows token {@code t}, as a token or between it and the next where the tokenizer dropped it
     * (it drops a free-standing "-" or "—"); a hyphen inside a word ("WINSTON-SALEM") is none.
     */
    static boolean dashAfter(String text, List<Token> tokens, int t) {
        if (t + 1 >= tokens.size()) return false;
        int to = DASHES.contains(tokens.get(t + 1).word())
                ? t + 2 < tokens.size() ? tokens.get(t + 2).start() : text.length() : tokens.get(t + 1).start();
        return DASH.matcher(text.substring(tokens.get(t).end(), to)).find();
    }

    /** "KUALA LUMPUR" as "Kuala Lumpur", "DAR ES SALAAM" as "Dar es Salaam", "WINSTON-SALEM" as "Winston-Salem". */
    static String placeCase(String shouted) {
        Matcher m = WORD.matcher(shouted);
        StringBuilder sb = new StringBuilder(shouted.length());
        boolean first = true;
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            boolean particle = !first && PARTICLES.contains(w);
            m.appendReplacement(sb, particle ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
            first = false;
        }
        return m.appendTail(sb).toString();
    }

    /**
     * Whether a name is set in capitals as a word is, not as initials are: every letter a capital and some run of
     * letters longer than three ("WINSTON-SALEM", "ST. LOUIS"; not "UAE" or "N.C.", which keep their capitals).
     */
    static boolean isSetInCapitals(String name) {
        if (!name.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)) return false;
        Matcher m = WORD.matcher(name);
        while (m.find()) if (m.group().length() > 3) return true;
        return false;
    }

    private static boolean isCapitals(String w) {
        String letters = w.replaceAll("[^\\p{L}]", "");
        return letters.length() >= 2 && letters.chars().allMatch(Character::isUpperCase);
    }
}
