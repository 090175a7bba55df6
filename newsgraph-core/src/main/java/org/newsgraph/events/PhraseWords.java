package org.newsgraph.events;

import java.util.ArrayList;
import java.util.List;

/**
 * The word normalisation shared by dictionary phrases and text, so both sides meet in the middle: upper case,
 * full stops and apostrophes dropped ("U.N." = "UN", "PEOPLES'" = "PEOPLES"), and hyphens, underscores and other
 * punctuation splitting words ("Jong-un" = "JONG UN"), which makes matching independent of how a tokenizer treats
 * hyphens.
 */
final class PhraseWords {

    private PhraseWords() {
    }

    /** The normalised words of a phrase written with spaces or TABARI underscores. */
    static List<String> of(String phrase) {
        List<String> out = new ArrayList<>(4);
        StringBuilder word = new StringBuilder(16);
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toUpperCase(c));
            } else if (c != '.' && c != '\'' && c != '\u2019') {
                flush(word, out);
            }
        }
        flush(word, out);
        return out;
    }

    private static void flush(StringBuilder word, List<String> out) {
        if (!word.isEmpty()) {
            out.add(word.toString());
            word.setLength(0);
        }
    }
}
