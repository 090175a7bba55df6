package org.newsgraph.extract.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Caption;

/**
 * Splits a caption's credit line from its text when the credit is written inline: "… (Photo: Jane Doe/Reuters)",
 * "…. Credit: AP", "… Jane Doe/Getty Images", "…. Photograph by Jane Doe".
 */
final class CaptionSplitter {

    private static final String AGENCIES = "Getty Images|Reuters|AP Photo|AP|AFP|EPA|Shutterstock|Alamy|iStock"
            + "|Bloomberg|Associated Press|PA Images|PA Wire|Xinhua|Sipa USA|Sipa|Corbis|Pool|NurPhoto|ZUMA Press"
            + "|Zuma|Anadolu Agency|Anadolu|NASA|Wikimedia Commons";

    /** A labelled credit after a sentence end, a bracket or a bar: "Photo: …", "Image by …", "Credit: …". */
    private static final Pattern LABELLED = Pattern.compile(
            "(?:[.!?|]\\s+|\\s*[(\\[]\\s*|^)((?:(?:Photo(?:graph)?s?|Images?|Picture|Pic|Illustration|Video|Graphic)"
                    + "(?:\\s*:|\\s+(?:by|credit)\\b:?)|Credits?\\s*:|Source\\s*:|Courtesy(?:\\s+of)?\\b)"
                    + "\\s*[^()\\[\\]]{2,120}?)[)\\]]?\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** An unlabelled trailing agency credit, optionally after a photographer: "… Jane Doe/Reuters". */
    private static final Pattern AGENCY = Pattern.compile(
            "(?:\\s+|\\s*[(\\[|]\\s*)((?:\\p{Lu}[\\p{L}.'\\-]*(?:\\s+\\p{Lu}[\\p{L}.'\\-]*){0,3}\\s*/\\s*)?(?:"
                    + AGENCIES + ")(?:\\s+via\\s+\\p{Lu}[\\p{L} ]+)?)[)\\]]?\\s*$");

    /**
     * A bracketed credit of a few capitalised words after the caption's last sentence: "… (Supplied)", "… (Harbour
     * Council)". A bracket inside a sentence ("The mayor (left) greets ...") is part of the caption.
     */
    private static final Pattern BRACKETED = Pattern.compile(
            "(?<=[.!?])\\s*\\((\\p{Lu}[\\p{L}'’.&/-]*(?:\\s+\\p{Lu}[\\p{L}'’.&/-]*){0,3})\\)\\s*$");

    private CaptionSplitter() {
    }

    static Caption split(String text) {
        Caption c = trySplit(LABELLED.matcher(text), text);
        if (c == null) c = trySplit(AGENCY.matcher(text), text);
        if (c == null) c = trySplit(BRACKETED.matcher(text), text);
        return c == null ? new Caption(text, null) : c;
    }

    private static Caption trySplit(Matcher m, String text) {
        if (!m.find()) return null;
        String credit = m.group(1).strip();
        String body = stripTrailing(text.substring(0, m.start(1)));
        return body.isEmpty() ? new Caption(text.strip(), null) : new Caption(body, credit);
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && (Character.isWhitespace(s.charAt(end - 1)) || "([|-–—".indexOf(s.charAt(end - 1)) >= 0)) {
            end--;
        }
        return s.substring(0, end);
    }
}
