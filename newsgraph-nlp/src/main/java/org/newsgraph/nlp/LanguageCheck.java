package org.newsgraph.nlp;

import com.google.common.base.Optional;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import org.newsgraph.extract.PlainEnglish;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The language of a text, from the article's own metadata when it has it, else English or detected from a sample. */
final class LanguageCheck {
    private static final int SAMPLE = 4000;

    private LanguageCheck() {
    }

    /** ISO 639-1 code, or null when the text is too short or mixed to tell. */
    static String language(String declared, String text) {
        if (declared != null && !declared.isBlank()) return declared.substring(0, Math.min(2, declared.length()));
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        // Plainly English text needs no profiles loaded (as in extraction, PlainEnglish).
        if (PlainEnglish.test(sample)) return "en";
        Optional<LdLocale> l = Detector.INSTANCE.detect(CommonTextObjectFactories.forDetectingOnLargeText()
                .forText(sample));
        return l.isPresent() ? l.get().getLanguage() : null;
    }

    private static final class Detector {
        static final LanguageDetector INSTANCE;

        static {
            try {
                INSTANCE = LanguageDetectorBuilder.create(NgramExtractors.standard())
                        .withProfiles(new LanguageProfileReader().readAllBuiltIn()).build();
            } catch (IOException e) {
                throw new UncheckedIOException("language profiles missing from the classpath", e);
            }
        }
    }
}
