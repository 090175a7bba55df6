package org.newsgraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Captions that say they are captions: "Photo caption: ...", "Caption: ...". Feeds and plain-text scrapes keep a
 * picture's caption as a paragraph of its own with such a label when the markup that set it apart is gone.
 */
public final class CaptionLabels {

    private static final int MAX_CAPTION = 400;
    private static final Pattern LABEL = Pattern.compile(
            "(?i)^\\s*(?:(?:photo|image|picture|video|main image|top image)\\s+)?caption\\s*:\\s*(?=\\S)");

    private CaptionLabels() {
    }

    public static boolean isLabelled(String text) {
        return text.length() <= MAX_CAPTION && LABEL.matcher(text).find();
    }

    /** The caption without its label; text without one comes back as it was. */
    public static String strip(String text) {
        Matcher m = LABEL.matcher(text);
        return m.find() ? text.substring(m.end()) : text;
    }
}
