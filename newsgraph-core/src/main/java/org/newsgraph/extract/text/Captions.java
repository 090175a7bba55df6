package org.newsgraph.extract.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.CaptionLabels;
import org.newsgraph.model.Caption;

/**
 * Photo captions in a scrape. Pages render a caption twice (alt text, then the visible caption with its credit
 * appended), end it with an agency credit, follow it with a credit line, or label it ("Photo caption: ..."); all
 * these shapes are recognised, and the credit is kept apart from the caption text.
 */
final class Captions {

    private static final int MAX_CAPTION = 400;
    private static final int MAX_CREDIT = 80;
    private static final int MAX_CREDITED_ABOVE = 250;
    private static final int MAX_CREDIT_WORDS = 10;
    /** Inline credits end the line, so only its tail is searched. */
    private static final int CREDIT_TAIL = 130;
    private static final String AGENCY = "(?:AFP|AP|EPA|Reuters|REUTERS|Getty Images|Bloomberg|Xinhua|dpa|Shutterstock"
            + "|Alamy|Imago|ANP|Kyodo|Yonhap)";
    private static final Pattern INLINE_CREDIT = Pattern.compile("(?:^|\\s)(?<credit>"
            + "\\((?:AP|AFP|EPA|Reuters) Photo/[^)]{2,60}\\)"
            + "|\\((?:Photo|Image|Credit|Foto|Picture)(?: by)?\\s*:?\\s*[^)]{2,80}\\)"
            + "|(?:Photo|Image|Credit|Foto|Picture)\\s*:\\s*[^.:]{2,80}"
            + "|REUTERS/[\\p{L} .'’-]{2,40}"
            + "|\\p{Lu}[\\p{L} .'’-]{1,40}/" + AGENCY + "(?: via Getty Images)?"
            + "|\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){1,3} via " + AGENCY + ")\\s*$");

    private static final Pattern CREDIT_LABEL = Pattern.compile("^(?:Photo|Image|Credit|Foto|Picture)(?: by)?\\s*:\\s*");

    private Captions() {
    }

    static void apply(Layout layout) {
        for (int i = 0; i < layout.size(); i++) {
            if (layout.roles[i] == Role.CREDIT) {
                standaloneCredit(layout, i);
            } else if (layout.roles[i] == Role.PARAGRAPH && layout.text(i).length() <= MAX_CAPTION) {
                i = caption(layout, i);
            }
        }
    }

    /** Returns the last line the caption took up. */
    private static int caption(Layout layout, int i) {
        String text = layout.text(i);
        if (CaptionLabels.isLabelled(text)) {
            layout.roles[i] = Role.CAPTION;
            layout.captions.add(new Caption(CaptionLabels.strip(text), null));
            return i;
        }
        if (layout.is(i + 1, Role.PARAGRAPH)) {
            String next = layout.text(i + 1);
            if (next.equals(text)) {
                layout.roles[i] = Role.CAPTION;
                layout.roles[i + 1] = Role.DUPLICATE;
                layout.captions.add(new Caption(text, null));
                return i + 1;
            }
            if (next.startsWith(text) && isCredit(next.substring(text.length()).strip())) {
                layout.roles[i] = Role.CAPTION;
                layout.roles[i + 1] = Role.CAPTION;
                layout.captions.add(new Caption(text, next.substring(text.length()).strip()));
                return i + 1;
            }
        }
        int tail = Math.max(0, text.length() - CREDIT_TAIL);
        if (!mayEndWithCredit(text, tail)) return i;
        Matcher m = INLINE_CREDIT.matcher(text).region(tail, text.length()).useAnchoringBounds(false);
        if (m.find() && m.start("credit") > 0) {
            layout.roles[i] = Role.CAPTION;
            layout.captions.add(new Caption(text.substring(0, m.start("credit")).strip(), strip(m.group("credit"))));
        }
        return i;
    }

    /** A credit line belongs to the short line right above it, or to the caption already found there. */
    private static void standaloneCredit(Layout layout, int i) {
        String credit = layout.facts[i].value().strip();
        int last = layout.captions.size() - 1;
        if (layout.is(i - 1, Role.CAPTION) && last >= 0 && layout.captions.get(last).credit() == null) {
            layout.captions.set(last, new Caption(layout.captions.get(last).text(), credit));
        } else if (layout.is(i - 1, Role.PARAGRAPH) && layout.text(i - 1).length() <= MAX_CREDITED_ABOVE
                && !layout.lines.get(i).blankBefore()) {
            layout.roles[i - 1] = Role.CAPTION;
            layout.captions.add(new Caption(layout.text(i - 1), credit));
        } else {
            layout.captions.add(new Caption(null, credit));
        }
    }

    /** Every inline credit shape has a slash, a colon, a closing bracket or "via"; most prose tails have none. */
    private static boolean mayEndWithCredit(String text, int tail) {
        return text.indexOf('/', tail) >= 0 || text.indexOf(':', tail) >= 0 || text.endsWith(")")
                || text.indexOf(" via ", tail) >= 0;
    }

    private static boolean isCredit(String s) {
        return !s.isEmpty() && s.length() <= MAX_CREDIT && Shapes.words(s) <= MAX_CREDIT_WORDS && !s.endsWith(".")
                && !Character.isLowerCase(s.codePointAt(0));
    }

    private static String strip(String credit) {
        String c = credit.strip();
        if (c.startsWith("(") && c.endsWith(")")) c = c.substring(1, c.length() - 1);
        return CREDIT_LABEL.matcher(c).replaceFirst("");
    }
}
