package org.newsgraph.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Finds author names in the visible page: microdata ({@code itemprop=author}), {@code rel=author} links, elements
 * whose class or id names a byline or author, and short "By ..." lines. Comment threads, author bio boxes and
 * avatars are passed over; last, a line of names and a date alone ({@link DatedBylines}). The first element that
 * yields names wins, joined with the matching elements beside it
 * (a byline of two linked names).
 */
final class Bylines {

    private static final Pattern EXCLUDED = Pattern.compile(
            "(?i)(^|[-_\\s])(comments?|comment-\\w+|avatar|bio|social|share|sharing|follow|related|more-from|recirc"
                    + "|newsletter|tooltip|sidebar|widget|reviewer|reviewed|fact-?check\\w*)([-_\\s]|$)");
    private static final String REL_AUTHOR = "a[rel~=(?i)\\bauthor\\b]";
    private static final String CLASS_SELECTOR = "[class~=(?i)author|byline|by-line|writer|posted-?by|contributor],"
            + "[id~=(?i)author|byline|writer|posted-?by],[data-testid~=(?i)byline|author]";
    private static final int MAX_TEXT = 200;
    private static final Pattern BY_LINE = Pattern.compile("\\s*(?i:by)\\s+\\p{Lu}");

    private Bylines() {
    }

    static List<String> find(Document doc) {
        List<String> names = fromMicrodata(doc);
        if (!names.isEmpty()) return names;
        names = firstGroup(doc.select(REL_AUTHOR), true, REL_AUTHOR);
        if (!names.isEmpty()) return names;
        names = firstGroup(doc.select(CLASS_SELECTOR), true, null);
        if (!names.isEmpty()) return names;
        Elements byLines = new Elements();
        for (Element e : doc.select("p, span, div, li")) {
            if (e.childNodeSize() > 0 && e.childNode(0) instanceof TextNode t && BY_LINE.matcher(t.getWholeText()).lookingAt()) {
                byLines.add(e);
            }
        }
        names = firstGroup(byLines, false, null);
        if (!names.isEmpty()) return names;
        for (Element e : doc.select("p, span, div, li")) {
            String line = ShortLines.text(e, MAX_TEXT);
            if (line == null) continue;
            names = DatedBylines.names(line);
            if (!names.isEmpty() && !excluded(e)) return names;
        }
        return List.of();
    }

    private static List<String> fromMicrodata(Document doc) {
        for (Element author : doc.select("[itemprop~=(?i)^(author|creator)$]")) {
            if (author.tagName().equals("meta") || author.tagName().equals("link") || excluded(author)) continue;
            Element name = author.selectFirst("[itemprop=name]");
            String text = name == null ? author.text()
                    : name.hasAttr("content") ? name.attr("content") : name.text();
            if (text.length() > MAX_TEXT) continue;
            List<String> names = AuthorNames.split(text, true);
            if (!names.isEmpty()) return withSiblings(author, names, "[itemprop~=(?i)^(author|creator)$]");
        }
        return List.of();
    }

    /** The names of the first candidate that has any, with those of its kind beside it when a selector says so. */
    private static List<String> firstGroup(Elements candidates, boolean declared, String siblings) {
        for (Element e : candidates) {
            if (excluded(e)) continue;
            String text = e.text();
            if (text.isEmpty() || text.length() > MAX_TEXT) continue;
            List<String> names = AuthorNames.split(text, declared);
            if (!names.isEmpty()) return siblings == null ? names : withSiblings(e, names, siblings);
        }
        return List.of();
    }

    /** Names from the other matching elements in the same small container, as in "By A and B" with two links. */
    private static List<String> withSiblings(Element first, List<String> names, String selector) {
        Element parent = first.parent();
        if (parent == null || parent.text().length() > MAX_TEXT) return names;
        List<String> all = new ArrayList<>(names);
        for (Element other : parent.select(selector)) {
            if (other == first || other.tagName().equals("meta")) continue;
            Element name = other.selectFirst("[itemprop=name]");
            for (String n : AuthorNames.split(name == null ? other.text() : name.text(), true)) {
                if (all.stream().noneMatch(n::equalsIgnoreCase)) all.add(n);
            }
        }
        return all;
    }

    /** Inside a comment thread, a bio box, a related-stories list, or the page chrome. */
    private static boolean excluded(Element e) {
        int depth = 0;
        for (Element a = e; a != null && depth < 6; a = a.parent(), depth++) {
            if (EXCLUDED.matcher(a.className()).find() || EXCLUDED.matcher(a.id()).find()) return true;
            String tag = a.tagName();
            if (tag.equals("nav") || tag.equals("aside")) return true;
            if (tag.equals("footer") && a.closest("article") == null) return true;
        }
        return false;
    }
}
