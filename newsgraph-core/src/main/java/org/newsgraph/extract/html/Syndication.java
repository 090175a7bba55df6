package org.newsgraph.extract.html;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a syndicated article came from: a schema.org source ({@code sourceOrganization}, {@code isBasedOn}),
 * a syndication meta tag, a wire credit after an upper-case dateline ("WASHINGTON (AP) —"), a byline "Associated Press", "© 2019 Reuters"), or a
 * republishing note ("This article originally appeared on X", "Republished with permission from X"). A copyright
 * line counts only when it names a wire agency, since every site's own footer holds one.
 */
final class Syndication {

    private static final Map<String, String> AGENCIES = Map.ofEntries(
            Map.entry("ap", "Associated Press"), Map.entry("associated press", "Associated Press"),
            Map.entry("the associated press", "Associated Press"), Map.entry("reuters", "Reuters"),
            Map.entry("thomson reuters", "Reuters"), Map.entry("afp", "AFP"),
            Map.entry("agence france-presse", "AFP"), Map.entry("agence france presse", "AFP"),
            Map.entry("upi", "UPI"), Map.entry("united press international", "UPI"), Map.entry("dpa", "dpa"),
            Map.entry("bloomberg", "Bloomberg"), Map.entry("xinhua", "Xinhua"), Map.entry("kyodo", "Kyodo"),
            Map.entry("kyodo news", "Kyodo"), Map.entry("yonhap", "Yonhap"), Map.entry("efe", "EFE"),
            Map.entry("ansa", "ANSA"), Map.entry("pa media", "PA Media"), Map.entry("press association", "PA Media"),
            Map.entry("aap", "AAP"), Map.entry("australian associated press", "AAP"),
            Map.entry("the canadian press", "The Canadian Press"), Map.entry("canadian press", "The Canadian Press"),
            Map.entry("pti", "PTI"), Map.entry("ians", "IANS"), Map.entry("tass", "TASS"),
            Map.entry("interfax", "Interfax"), Map.entry("anadolu", "Anadolu"), Map.entry("cnn wire", "CNN Wire"));
    private static final String AGENCY = "(AP|Associated Press|Reuters|Thomson Reuters|AFP|Agence France[- ]Presse|UPI"
            + "|United Press International|dpa|Bloomberg|Xinhua|Kyodo(?: News)?|Yonhap|EFE|ANSA|PA Media"
            + "|Press Association|AAP|Australian Associated Press|(?:The )?Canadian Press|PTI|IANS|TASS|Interfax"
            + "|Anadolu|CNN Wire)";
    private static final Pattern DATELINE = Pattern.compile(
            "(?<!\\p{L})\\p{Lu}{2,}[\\p{Lu} .,'’-]{0,40}\\s*\\(" + AGENCY + "\\)\\s*[-—–:]");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?:©|\\(c\\)|Copyright)\\s*(?:©\\s*)?(?:\\d{4}\\s*)?(?:The\\s+)?" + AGENCY + "\\b", Pattern.CASE_INSENSITIVE);
    /** The rest of a name's word; a dot only inside it ("Salon.com", "U.S."), not the sentence's end. */
    private static final String WORD_REST = "(?:[\\p{L}\\d&'’-]|\\.(?=[\\p{L}\\d]))*";
    private static final Pattern REPUBLISHED = Pattern.compile(
            "(?:(?:originally|first)\\s+(?:appeared|published|ran|posted)|(?:republished|reprinted|reproduced)"
                    + "(?:\\s+with\\s+permission)?|was\\s+produced)\\s+(?:on|in|at|by|from)\\s+(?:the\\s+website\\s+of\\s+)?"
                    + "((?:The\\s+)?[\\p{Lu}\\d]" + WORD_REST + "(?:\\s+(?:of\\s+|for\\s+|and\\s+|&\\s+)?"
                    + "[\\p{Lu}\\d]" + WORD_REST + "){0,6})");

    private static final String[] REPUBLISHED_CUES = {
            "riginally appeared", "riginally published", "riginally ran", "riginally posted", "irst appeared",
            "irst published", "epublished", "eprinted", "eproduced", "as produced"};
    private static final String[] COPYRIGHT_CUES = {"©", "opyright", "(c)", "(C)"};

    private Syndication() {
    }

    /**
     * @param bodyText the page's visible text
     * @param names    the author names found, which may hold a wire agency
     * @param publisher the page's own publisher, never its own source
     */
    static String find(JsonLd ld, MetaTags meta, String bodyText, List<String> names, String publisher) {
        String found = ld.basedOn();
        if (found == null) found = meta.first("syndication-source", "original-source");
        if (found == null) found = fromNames(names);
        if (found == null) found = fromText(bodyText);
        if (found == null) return null;
        found = hostOf(found);
        return publisher != null && sameName(found, publisher) ? null : found;
    }

    private static String fromNames(List<String> names) {
        for (String n : names) {
            String agency = AGENCIES.get(n.toLowerCase(Locale.ROOT));
            if (agency != null) return agency;
        }
        return null;
    }

    static String fromText(String text) {
        if (text == null || text.isEmpty()) return null;
        // Each pattern runs only where a cheap literal search says it can match: page texts are long.
        if (text.indexOf(')') >= 0) {
            Matcher m = DATELINE.matcher(text);
            if (m.find()) return AGENCIES.get(m.group(1).toLowerCase(Locale.ROOT));
        }
        for (String cue : REPUBLISHED_CUES) {
            int at = text.indexOf(cue);
            if (at < 0) continue;
            Matcher m = REPUBLISHED.matcher(text).region(Math.max(0, at - 20), Math.min(text.length(), at + 200));
            if (m.find()) return m.group(1).replaceAll("[.]$", "").replaceAll("\\s+(?:and|for|of|&)$", "");
        }
        for (String cue : COPYRIGHT_CUES) {
            for (int at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) {
                Matcher m = COPYRIGHT.matcher(text).region(Math.max(0, at - 2), Math.min(text.length(), at + 80));
                if (m.find()) return AGENCIES.get(m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
            }
        }
        return null;
    }

    private static String hostOf(String s) {
        if (!s.contains("://")) return s;
        try {
            String host = URI.create(s.strip()).getHost();
            return host == null ? s : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static boolean sameName(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        String y = b.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        return !x.isEmpty() && (x.equals(y) || y.startsWith(x) || x.startsWith(y));
    }
}
