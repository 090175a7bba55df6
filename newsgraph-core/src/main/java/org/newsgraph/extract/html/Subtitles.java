package org.newsgraph.extract.html;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the standfirst (dek) shown under the headline. A declared {@code alternativeHeadline} wins; else an element
 * near the headline marked as a dek ({@code dek}, {@code standfirst}, {@code subtitle}, {@code subheadline},
 * {@code summary}...) or whose text is the page's description. The description meta tag alone is never taken:
 * on most sites it is an SEO summary or the lede's first sentence, not something the page shows as a dek.
 */
public final class Subtitles {

    private static final Pattern DEK_CLASS = Pattern.compile(
            "(?i)(^|[-_\\s])(dek|standfirst|sub-?title|sub-?headline|subhead|strapline|deck|summary|description"
                    + "|excerpt|intro|teaser-text|article-sub)([-_\\s]|$)");
    /**
     * Classes that name a dek and nothing else. A paragraph among the body's paragraphs is taken as the dek only
     * with one of these: "intro", "summary" or "excerpt" also mark the lede, which is the article's text.
     */
    private static final Pattern STRICT_DEK_CLASS = Pattern.compile(
            "(?i)(^|[-_\\s])(dek|standfirst|sub-?title|sub-?headline|subhead|strapline|deck)([-_\\s]|$)");
    private static final int MIN = 20;
    private static final int MAX = 500;
    /** How many elements after the headline may hold the dek. */
    private static final int SCAN = 60;

    private Subtitles() {
    }

    /**
     * @param headline    the element showing the headline, or null
     * @param description the page's declared description, or null
     */
    static String find(Element headline, JsonLd ld, String title, String description) {
        String alt = ld.alternativeHeadline();
        if (alt != null && !alt.equalsIgnoreCase(title)) return alt;
        if (headline == null) return null;
        String wanted = description == null ? null : wording(description);
        Element scope = headline;
        for (int up = 0; up < 3 && scope.parent() != null; up++) {
            scope = scope.parent();
            boolean seen = false;
            int scanned = 0;
            for (Element e : scope.getAllElements()) {
                if (e == headline) {
                    seen = true;
                    continue;
                }
                if (!seen || inside(e, headline) || ++scanned > SCAN) continue;
                String text = e.text();
                if (text.length() < MIN || text.length() > MAX || text.equalsIgnoreCase(title)) continue;
                // the dek stands between the headline and the text: past the first paragraph of the body, an
                // element marked "subhead" or "summary" is a crosshead or a box, not the dek
                if (inBody(e) && !STRICT_DEK_CLASS.matcher(e.className()).find()) return null;
                boolean marked = DEK_CLASS.matcher(e.className()).find() || e.attr("itemprop").equals("description")
                        || e.attr("itemprop").equals("alternativeHeadline");
                if (marked || wanted != null && wording(text).equals(wanted)) return text;
            }
        }
        return null;
    }

    private static boolean inside(Element e, Element ancestor) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (a == ancestor) return true;
        }
        return false;
    }

    /**
     * A paragraph among others is the article's text, not a dek, even when the description repeats it, unless its
     * class says it is the dek.
     */
    private static boolean inBody(Element e) {
        Element parent = e.parent();
        return e.tagName().equals("p") && parent != null && parent.getElementsByTag("p").size() >= 3;
    }

    /** The words of a text as a dek is matched against a description or the body: spacing and case ignored. */
    public static String wording(String s) {
        return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
