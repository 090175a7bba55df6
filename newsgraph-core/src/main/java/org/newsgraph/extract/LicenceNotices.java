package org.newsgraph.extract;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a page's licence notice ("Content licensed under CC BY-NC-ND 4.0 unless stated otherwise", "This work is
 * licensed under ...") from a sentence that mentions a licence ("The museum released the photos under CC BY 4.0",
 * "The clinic is licensed under state law"). A notice's subject, when it has one, is the page's own content; a
 * sentence about anybody or anything else is news, wherever on the page it stands.
 */
public final class LicenceNotices {

    private static final int MAX_NOTICE = 300;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}]+");
    /**
     * A notice's opening: the page's content as subject, then "licensed under" or a verb of publishing with
     * "under" or "as"; or the licence's own name first.
     */
    private static final Pattern NOTICE = Pattern.compile("(?i)^\\W*(?:licen[cs]e\\s*:\\s*)?(?:"
            + "(?:(?:this|the|all|our|its)\\s+)?(?:(?:site|website|page|blog|feed)(?:'s|’s)?\\s+)?"
            + "(?:content|contents|work|works|article|articles|story|stories|text|texts|material|materials|site"
            + "|website|page|post|posts|blog|everything)?\\s*(?:on this (?:site|website|page|blog)\\s+)?"
            + "(?:is|are|has been|have been)?\\s*(?:made\\s+)?"
            + "(?:(?<licensed>licen[cs]ed)|available|released|published|distributed|shared|reproduced|offered)"
            + "\\s+(?:under|as)\\b"
            + "|(?<name>creative\\s+commons\\b|cc[ -]?(?:by|0)\\b|public\\s+domain\\b|gnu\\s+(?:free|lesser|library"
            + "|affero|general)\\b))");
    /** The only lowercase words a licence's name, standing alone as a badge's text, is written with. */
    private static final Set<String> NAME_WORDS = Set.of("license", "licence", "version", "or", "any", "later",
            "international", "unported", "generic", "by", "the");

    private LicenceNotices() {
    }

    /**
     * Whether the text is notice-sized and some sentence of it is a licence notice: it says "licensed under", it is a licence's name alone
     * (a badge: "Creative Commons"), or it says it is published under a licence {@link Licenses} knows ("Released
     * as CC0").
     */
    public static boolean isNotice(String text) {
        if (text.length() > MAX_NOTICE) return false;
        for (String sentence : SENTENCE_END.split(text)) {
            Matcher m = NOTICE.matcher(sentence);
            if (m.find() && isStatement(m, sentence) && (m.group("licensed") != null || m.group("name") != null
                    || Licenses.fromText(sentence) != null)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A sentence that opens with a licence's name is a notice only when it is that name alone ("Creative Commons
     * Attribution-ShareAlike 3.0 Unported License"); "Creative Commons Attribution 4.0 is the licence it chose" is news.
     */
    private static boolean isStatement(Matcher notice, String sentence) {
        if (notice.group("name") == null) return true;
        for (String word : WORDS.split(sentence)) {
            if (!word.isEmpty() && Character.isLowerCase(word.charAt(0)) && !NAME_WORDS.contains(word)) return false;
        }
        return true;
    }

    /**
     * The SPDX id of the licence the text's first notice names, or null. Footers run several notices together
     * ("© All rights reserved. Our content is licensed under ..."), so only the sentence must be notice-sized.
     */
    public static String licence(String text) {
        for (String sentence : SENTENCE_END.split(text)) {
            if (sentence.length() > MAX_NOTICE) continue;
            Matcher m = NOTICE.matcher(sentence);
            if (!m.find() || !isStatement(m, sentence)) continue;
            String id = Licenses.fromText(sentence);
            if (id != null) return id;
        }
        return null;
    }
}
