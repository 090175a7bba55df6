package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells a page's rights reservation ("All rights reserved", "Reproduction only with permission", "No part of this
 * article may be reproduced") from news about reproduction rights: the notice's words open one of its sentences,
 * and whatever else it says is a name (the holder, "Daily Planet."), never a report.
 */
public final class RightsNotices {

    private static final int MAX_NOTICE = 200;
    /** Phrases only rights notices use, looked up anywhere in the lowercased line. */
    private static final List<String> RESERVED = List.of("some rights reserved", "all rights reserved",
            "alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados");
    /** What a notice restricts: the page's own content, never a thing the news is about ("the mural"). */
    private static final String CONTENT = "(?:article|material|content|contents|story|stories|text|publication|site"
            + "|website|page|photos?|images?)";
    private static final String COPIED = "(?:reproduced|published|republished|copied|redistributed|broadcast|rewritten)";
    /**
     * A sentence that restricts copying the page's content, as its opening words: copying named first ("Reproduction
     * only with permission", "Any reproduction of this article is prohibited"), or the content first ("No part of
     * this publication may be reproduced", "This material may not be published").
     */
    private static final Pattern RESTRICTION = Pattern.compile("(?i)^\\W*(?:"
            + "(?:(?:any|no|unauthori[sz]ed|full or partial|total or partial)\\s+)?(?:reproduction|reprinting|reprint"
            + "|republication|republishing|redistribution|copying)\\b"
            + "(?!\\s+(?:of|in)\\s+(?!(?:this|our|its|all|any)\\b|(?:the\\s+)?" + CONTENT + "\\b))"
            + "[^.]{0,60}?\\b(?:permission|consent|prohibited|forbidden|not (?:permitted|allowed)|authori[sz]ation"
            + "|authori[sz]ed)"
            + "|no part of\\s+(?:this|the|our)\\s+" + CONTENT + "\\b[^.]{0,40}?\\b(?:may|must|can)\\s+be\\s+" + COPIED
            + "|(?:(?:this|our|all|any)\\s+)?" + CONTENT + "\\b[^.]{0,40}?\\b(?:may|must|can)(?:\\s+not|not)\\s+be\\s+"
            + COPIED + ")");
    private static final int MAX_RESTRICTION_WORDS = 25;
    /** A restriction somebody is reported to have set ("..., the council ruled") is news, not the page's notice. */
    private static final Pattern REPORTED = Pattern.compile(
            "(?i)\\b(?:said|says|told|ruled|added|wrote|reported|announced|stated|according)\\b");
    /** The holder beside a restriction: a name, capitalised words with the small words names carry. */
    private static final Pattern HOLDER = Pattern.compile(
            "(?:The\\s+)?\\p{Lu}[\\p{L}'’&.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’&.-]*|of|the|and|&|on)){0,5}[.!]?");
    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?])\\s+");

    private RightsNotices() {
    }

    /** Whether the line reserves rights: a reserved-rights phrase anywhere, or a restriction and at most a holder. */
    public static boolean isNotice(String line) {
        if (line.length() > MAX_NOTICE * 2) return false;
        String lower = line.toLowerCase(Locale.ROOT);
        if (RESERVED.stream().anyMatch(lower::contains)) return true;
        if (line.length() > MAX_NOTICE) return false;
        boolean restricts = false;
        for (String sentence : SENTENCES.split(line.strip())) {
            if (sentence.split("\\s+").length <= MAX_RESTRICTION_WORDS && RESTRICTION.matcher(sentence).find()
                    && !REPORTED.matcher(sentence).find()) {
                restricts = true;
            } else if (!HOLDER.matcher(sentence).matches()) {
                return false;
            }
        }
        return restricts;
    }
}
