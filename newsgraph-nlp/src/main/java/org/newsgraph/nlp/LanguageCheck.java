package org.newsgraph.nlp;

import org.newsgraph.extract.LanguageGuesser;

/**
 * The language of a text, from the article's own metadata when it has it, else from a sample larger than the
 * extractor's, read by the extractor's detector (one set of language profiles per JVM).
 */
final class LanguageCheck {
    private static final int SAMPLE = 4000;

    private LanguageCheck() {
    }

    /** ISO 639-1 code, or null when the text is too short or mixed to tell. */
    static String language(String declared, String text) {
        if (declared != null && !declared.isBlank()) return declared.substring(0, Math.min(2, declared.length()));
        return LanguageGuesser.ofSample(text.length() > SAMPLE ? text.substring(0, SAMPLE) : text);
    }
}
