package org.newsgraph.extract.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The content words of a paragraph and how much of one paragraph's vocabulary the rest of an article shares. Teasers
 * of other articles share little; an article's own paragraphs share a lot, whatever the language, so the test is
 * relative to the article's own paragraphs rather than to a fixed threshold.
 */
final class ContentWords {

    /** Frequent English function words long enough to pass the length filter; other languages cancel out. */
    private static final Set<String> STOP = Set.of("that", "this", "with", "from", "have", "been", "were",
            "they", "their", "them", "than", "then", "there", "these", "those", "which", "while", "would", "could",
            "should", "about", "after", "before", "into", "over", "also", "what", "when", "where", "will", "your",
            "more", "most", "some", "such", "only", "other", "even", "just", "very", "said", "says", "being", "does");

    private ContentWords() {
    }

    /** Lowercased words of four letters or more; runs of ideographs count as overlapping character pairs. */
    static Set<String> of(String text) {
        Set<String> words = new HashSet<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            boolean ideographic = isIdeographic(cp);
            while (i < n) {
                int c = text.codePointAt(i);
                if (!Character.isLetterOrDigit(c) || isIdeographic(c) != ideographic) break;
                i += Character.charCount(c);
            }
            String word = text.substring(start, i).toLowerCase(Locale.ROOT);
            if (ideographic) {
                for (int k = 0; k + 2 <= word.length(); k++) words.add(word.substring(k, k + 2));
            } else if (word.length() >= 4 && !STOP.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /** How many of the given paragraphs use each word. */
    static Map<String, Integer> documentFrequencies(List<Set<String>> paragraphs) {
        Map<String, Integer> df = new HashMap<>();
        for (Set<String> p : paragraphs) {
            for (String w : p) df.merge(w, 1, Integer::sum);
        }
        return df;
    }

    /**
     * The share of a paragraph's words found elsewhere in the article; {@code member} says whether the paragraph is
     * itself counted in {@code df}, so it can be left out of its own comparison.
     */
    static double sharedWith(Set<String> words, Map<String, Integer> df, boolean member) {
        if (words.isEmpty()) return 0;
        int shared = 0;
        int self = member ? 1 : 0;
        for (String w : words) {
            if (df.getOrDefault(w, 0) - self > 0) shared++;
        }
        return shared / (double) words.size();
    }

    private static boolean isIdeographic(int cp) {
        if (cp < 0x0E00) return false;
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.THAI;
    }
}
