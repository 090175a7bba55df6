package org.newsgraph.extract.html;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The section label a page shows right above its headline ("World", "OPINION", a kicker linking to its section),
 * for pages that declare no section. Only a label counts: a short name, without digits or a full stop, set apart
 * as one (a class or id naming a section or kicker, a single link, or capitals), and never navigation: a row of
 * links, a list or anything inside a menu is the site's map, not where this article is filed.
 */
final class SectionLabels {

    private static final int MAX_LABEL = 40;
    private static final int MAX_WORDS = 4;
    private static final Pattern LABEL_HINT = Pattern.compile(
            "(?i)section|category|kicker|rubri|eyebrow|overline|department|channel|vertical");
    private static final String MENU = "nav, ul, ol, menu, li, [role=navigation]";
    /** Bylines, links back home, and the status or format words pages also set above a headline. */
    private static final Pattern NOT_A_LABEL = Pattern.compile("(?i)by\\s.*|back to\\b.*|.*\\bhome(?:page)?\\b.*"
            + "|menu|advertisement|sponsored(?: content)?|updated|breaking(?: news)?|live|exclusive|(?:\\p{L}+ )?article");

    private SectionLabels() {
    }

    /**
     * The label right above the headline (or above the block the headline opens), or null.
     *
     * @param site the page's publisher, whose name above a headline is the masthead, not a section
     */
    static String above(Element headline, String site) {
        if (headline == null) return null;
        Element before = previousWithText(headline);
        if (before == null && headline.parent() != null && headline.elementSiblingIndex() == 0) {
            before = previousWithText(headline.parent());
        }
        String label = before == null ? null : label(before);
        return label == null || label.equalsIgnoreCase(site) ? null : label;
    }

    /** The nearest earlier sibling that shows text: a picture or an empty spacer between does not separate. */
    private static Element previousWithText(Element e) {
        for (Element s = e.previousElementSibling(); s != null; s = s.previousElementSibling()) {
            if (!s.text().isBlank()) return s;
        }
        return null;
    }

    private static String label(Element e) {
        String text = e.text().strip();
        if (text.length() < 2 || text.length() > MAX_LABEL || text.split("\\s+").length > MAX_WORDS) return null;
        if (!Character.isUpperCase(text.codePointAt(0)) || text.chars().anyMatch(Character::isDigit)
                || text.endsWith(".") || NOT_A_LABEL.matcher(text).matches()) {
            return null;
        }
        Elements links = e.select("a[href]");
        if (links.size() > 1 || e.is(MENU) || e.parents().stream().anyMatch(p -> p.is(MENU))) return null;
        boolean hinted = LABEL_HINT.matcher(e.className() + " " + e.id()).find();
        boolean linked = links.size() == 1 && links.first().text().strip().equals(text) && isSectionPath(links.first());
        boolean capitals = text.equals(text.toUpperCase(Locale.ROOT));
        return hinted || linked || capitals ? text : null;
    }

    /** A link to a path below the site's root; the root itself is the home page the masthead links to. */
    private static boolean isSectionPath(Element link) {
        String href = link.attr("href").strip();
        String path = href.replaceFirst("^(?:https?:)?//[^/]+", "").replaceFirst("[?#].*", "");
        return path.length() > 1 && path.startsWith("/");
    }
}
