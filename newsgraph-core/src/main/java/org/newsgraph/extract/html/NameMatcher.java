package org.newsgraph.extract.html;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches hyphenated phrases ("share", "read-more", "screen-reader-text") against the words of class and id names,
 * where '-', '_' and spaces all separate words. A regular expression per element costs more than the rest of the
 * page analysis together; a lookup per word does not.
 */
final class NameMatcher {

    /** State modifiers such as "has-sidebar" or "no-comments" describe the page, not the box they are on. */
    private static final Set<String> MODIFIERS = Set.of("has", "with", "no", "show", "hide", "without");

    /** Phrases keyed by their first word; each phrase as its words. */
    private final Map<String, String[][]> byFirstWord = new HashMap<>();
    private final boolean skipModified;

    /**
     * @param skipModified whether a phrase right after a state modifier ("has-", "no-"...) does not count
     */
    NameMatcher(List<String> phrases, boolean skipModified) {
        this.skipModified = skipModified;
        Map<String, List<String[]>> grouped = new HashMap<>();
        for (String phrase : phrases) {
            String[] words = phrase.split("[-_ ]+");
            grouped.computeIfAbsent(words[0], k -> new java.util.ArrayList<>()).add(words);
        }
        grouped.forEach((first, list) -> byFirstWord.put(first, list.toArray(new String[0][])));
    }

    /** Whether one of the phrases occurs in {@code words[0..count)}. */
    boolean matches(String[] words, int count) {
        for (int i = 0; i < count; i++) {
            String[][] candidates = byFirstWord.get(words[i]);
            if (candidates == null) continue;
            if (skipModified && i > 0 && MODIFIERS.contains(words[i - 1])) continue;
            for (String[] phrase : candidates) {
                if (startsAt(words, count, i, phrase)) return true;
            }
        }
        return false;
    }

    private static boolean startsAt(String[] words, int count, int i, String[] phrase) {
        if (i + phrase.length > count) return false;
        for (int k = 1; k < phrase.length; k++) {
            if (!phrase[k].equals(words[i + k])) return false;
        }
        return true;
    }

    /**
     * Splits lowercased class and id values into {@code out}, returning how many words were found; words beyond
     * the array's size are dropped (utility-class soups say nothing past the first few dozen names).
     */
    static int words(String classes, String id, String[] out) {
        int n = split(classes, out, 0);
        return split(id, out, n);
    }

    private static int split(String value, String[] out, int n) {
        int len = value.length();
        int i = 0;
        while (i < len && n < out.length) {
            while (i < len && isSeparator(value.charAt(i))) i++;
            int start = i;
            while (i < len && !isSeparator(value.charAt(i))) i++;
            if (i > start) out[n++] = lower(value, start, i);
        }
        return n;
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '_' || c <= ' ';
    }

    private static String lower(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z' || c > 127) return s.substring(start, end).toLowerCase(java.util.Locale.ROOT);
        }
        return s.substring(start, end);
    }
}
