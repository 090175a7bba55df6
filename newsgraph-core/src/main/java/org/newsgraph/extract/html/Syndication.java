package org.newsgraph.extract.html;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds where a syndicated article came from: a schema.org source ({@code sourceOrganization}, {@code isBasedOn}),
 * a syndication meta tag, a wire credit after an upper-case dateline ("WASHINGTON (AP) —", "PARIS, Feb 9 (AFP) -"),
 * a byline naming an agency or a wire service ("Associated Press", "West Africa Wire"), "© 2019 Reuters", a
 * republishing note ("This article originally appeared on X", "Republished with permission from X"), or any outlet
 * the dateline of the story's lede credits on a page that names another as its own and whose copyright line does
 * not name it (a station crediting itself by its call sign). A copyright line counts only
 * when it names a wire agency, since every site's own footer holds one; a byline counts only when it names a
 * service, since staff writers' names say nothing about where a story came from.
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
    /** An upper-case place, and the day after it that datelines of the day's wire copy carry ("PARIS, Feb 9"). */
    private static final String PLACE = "\\p{Lu}{2,}[\\p{Lu} .,'’-]{0,40}"
            + "(?:(?:\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+\\p{Lu}\\p{Ll}{2,8})(?:,?\\s*\\d{4})?)?";
    private static final Pattern DATELINE = Pattern.compile(
            "(?<!\\p{L})" + PLACE + "\\s*\\(" + AGENCY + "\\)\\s*[-—–:]");
    /** A dateline crediting any outlet by name: "NOUAKCHOTT, Feb 9 (West Africa Wire) -". */
    private static final Pattern CREDITED_DATELINE = Pattern.compile(PLACE + "\\s*\\((\\p{Lu}[\\p{L}\\d&'’.-]*"
            + "(?:\\s+(?:\\p{Lu}[\\p{L}\\d&'’.-]*|of|for|and|&)){0,5})\\)\\s*[-—–:]");
    /** Names only news agencies and wire services take: an author so named is the service, not a staff writer. */
    private static final Pattern WIRE_NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}\\d&'’. -]{0,60}\\s(?:Wire|Newswire|News Agency|Press Agency|News Service)");
    /** The story's first paragraphs, where its dateline stands: a paragraph this short is a label or a byline. */
    private static final int LEDE_PARAGRAPHS = 3;
    private static final int MIN_LEDE = 80;
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
     * @param doc      the page, whose first paragraphs may open with a dateline
     * @param bodyText the page's visible text
     * @param names    the author names found, which may hold a wire agency
     * @param publisher the page's own publisher, never its own source
     * @param copyrightHolders the holders of the page's dated copyright lines; asked for only when a dateline
     *                  credits an outlet by a name the publisher's is not, which may still be the page's own (a
     *                  station's call sign)
     */
    static String find(JsonLd ld, MetaTags meta, Document doc, String bodyText, List<String> names, String publisher,
                       Supplier<List<String>> copyrightHolders) {
        String found = ld.basedOn();
        if (found == null) found = meta.first("syndication-source", "original-source");
        if (found == null) found = fromNames(names);
        if (found == null) found = fromText(bodyText);
        // an outlet credited in the dateline may be the page's own, which only a page that names itself tells apart
        if (found == null && publisher != null) {
            String credit = datelineCredit(doc);
            if (credit != null && copyrightHolders.get().stream().noneMatch(h -> containsName(h, credit))) {
                found = credit;
            }
        }
        if (found == null) return null;
        found = hostOf(found);
        return publisher != null && sameName(found, publisher) ? null : found;
    }

    private static String fromNames(List<String> names) {
        for (String n : names) {
            String agency = AGENCIES.get(n.toLowerCase(Locale.ROOT));
            if (agency != null) return agency;
            if (WIRE_NAME.matcher(n).matches()) return n;
        }
        return null;
    }

    /** The outlet the dateline opening the story's first paragraphs credits, or null. */
    private static String datelineCredit(Document doc) {
        int seen = 0;
        for (Element p : doc.select("p")) {
            String text = p.text();
            if (text.length() < MIN_LEDE) continue;
            Matcher m = CREDITED_DATELINE.matcher(text);
            if (m.lookingAt()) return m.group(1);
            if (++seen == LEDE_PARAGRAPHS) return null;
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

    /** Whether the words of {@code name} occur in a row in {@code text} ("WABC" in "ABC, Inc., WABC-TV New York"). */
    private static boolean containsName(String text, String name) {
        String words = " " + String.join(" ", words(text)) + " ";
        String wanted = String.join(" ", words(name));
        return !wanted.isEmpty() && words.contains(" " + wanted + " ");
    }

    private static List<String> words(String s) {
        return Arrays.stream(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    private static boolean sameName(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        String y = b.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        return !x.isEmpty() && (x.equals(y) || y.startsWith(x) || x.startsWith(y));
    }
}
