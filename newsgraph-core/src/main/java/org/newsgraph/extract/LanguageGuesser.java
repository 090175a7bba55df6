package org.newsgraph.extract;

import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The language of an article: what the page declares when that is a usable ISO 639-1 code, else English when the
 * text is plainly English ({@link PlainEnglish}), else what the optimaize n-gram detector finds in the text (all 70
 * of its languages). Texts too short to tell get null rather than a guess. The
 * detector's profiles load once per JVM on first use; the detector is immutable and shared across threads.
 */
public final class LanguageGuesser {

    /** Below this many letters n-gram detection is unreliable (optimaize's own advice is "not for short text"). */
    static final int MIN_LETTERS = 40;
    /** Enough text for a confident verdict; more only costs time (about 7 ms per 3000 characters). */
    private static final int MAX_CHARS = 1000;

    private LanguageGuesser() {
    }

    /** ISO 639-1 code, or null. */
    public static String language(String declared, String text) {
        String fromPage = normalise(declared);
        return fromPage != null ? fromPage : detect(text);
    }

    /** The primary subtag of a declared language ({@code en-GB} -> {@code en}) when it is a two-letter code. */
    static String normalise(String declared) {
        if (declared == null) return null;
        String tag = declared.strip().replace('_', '-');
        int dash = tag.indexOf('-');
        String primary = (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
        return primary.length() == 2 && primary.chars().allMatch(c -> c >= 'a' && c <= 'z') ? primary : null;
    }

    static String detect(String text) {
        if (text == null || letters(text) < MIN_LETTERS) return null;
        return ofSample(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
    }

    /**
     * English when {@code sample} is plainly English, else the detector's answer (null when it has none), whatever
     * the sample's length: for callers that choose their own sample, sharing this class's one set of profiles.
     */
    public static String ofSample(String sample) {
        if (PlainEnglish.test(sample)) return "en";
        // optimaize answers with Guava's Optional.
        com.google.common.base.Optional<LdLocale> found = Holder.DETECTOR.detect(Holder.TEXTS.forText(sample));
        return found.isPresent() ? found.get().getLanguage() : null;
    }

    private static int letters(String text) {
        int n = 0;
        for (int i = 0; i < text.length() && n < MIN_LETTERS; i++) {
            if (Character.isLetter(text.charAt(i))) n++;
        }
        return n;
    }

    /** Lazy holder: the profiles (several MB, about 2 CPU s) load only when a text first needs the detector. */
    private static final class Holder {
        static final TextObjectFactory TEXTS = CommonTextObjectFactories.forDetectingOnLargeText();
        static final LanguageDetector DETECTOR;

        static {
            try {
                DETECTOR = LanguageDetectorBuilder.create(NgramExtractors.standard())
                        .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException("language profiles missing from the classpath", e);
            }
        }
    }
}
