package org.newsgraph.extract.html;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.newsgraph.extract.DateNormalizer;
import org.newsgraph.extract.DateNormalizer.DateMatch;
import org.newsgraph.extract.DateNormalizer.NumericOrder;

/**
 * Finds when a page was first published and last modified, kept apart. Sources in order of trust: JSON-LD, the
 * meta tags publishers and aggregators use, microdata, {@code <time>} elements in the article, and last the visible
 * dateline text ("Published June 3, 2021"), and when none of them has a date, the day the URL names
 * ({@link UrlDates}). Values are ISO-8601 via {@link DateNormalizer}.
 */
final class Dates {

    /** Published and modified dates, either null. */
    record Found(String published, String modified) {
    }

    private static final String[] PUBLISHED_META = {
            "article:published_time", "og:article:published_time", "article:published", "datepublished",
            "og:published_time", "publishdate", "publish-date", "publish_date", "pubdate", "publication_date",
            "sailthru.date", "parsely-pub-date", "article.published", "dc.date.issued", "dcterms.issued", "dc.date",
            "dcterms.date", "dc.date.created", "dcterms.created", "citation_publication_date", "citation_date",
            "date", "displaydate", "originalpublicationdate", "cxenseparse:recs:publishtime", "release_date"};
    private static final String[] MODIFIED_META = {
            "article:modified_time", "og:article:modified_time", "datemodified", "og:updated_time",
            "article:modified", "lastmod", "last-modified", "dc.date.modified", "dcterms.modified",
            "parsely-updated-date", "revised", "article.updated"};
    private static final Pattern UPDATED = Pattern.compile("(?i)updated|modified|revised|last edited");
    private static final Pattern DATELINE_CLASS = Pattern.compile("(?i)date|time|publish|posted|byline|meta|dateline");
    private static final int MAX_DATELINE = 160;
    private static final int HEADLINE_LEVELS = 4;
    private static final int BEFORE_HEADLINE = 15;
    private static final int AFTER_HEADLINE = 80;

    private Dates() {
    }

    /**
     * @param headline the element showing the headline, or null; dates written next to it are the page's own
     */
    static Found find(Document doc, Element headline, MetaTags meta, JsonLd ld, NumericOrder order, String pageUrl,
                      String canonical) {
        String published = first(order, ld.datePublished(), meta.first(PUBLISHED_META),
                attribute(doc, "[itemprop=datePublished]:not(meta)"), attribute(doc, "time[pubdate]"));
        String modified = first(order, ld.dateModified(), meta.first(MODIFIED_META),
                attribute(doc, "[itemprop=dateModified]:not(meta)"));
        if (published == null) published = firstTimeElement(doc, order);
        if (published == null && headline != null) {
            Found near = nearHeadline(headline, order);
            published = near.published();
            if (modified == null) modified = near.modified();
        }
        if (published == null) published = visibleDateline(doc, order);
        if (published == null) published = UrlDates.of(pageUrl);
        if (published == null) published = UrlDates.of(canonical);
        return new Found(published, modified);
    }

    private static String first(NumericOrder order, String... raws) {
        for (String raw : raws) {
            String iso = DateNormalizer.normalize(raw, order);
            if (iso != null && iso.length() >= 10) return iso;
        }
        return null;
    }

    private static String attribute(Document doc, String selector) {
        Element e = doc.selectFirst(selector);
        if (e == null) return null;
        for (String attr : new String[] {"datetime", "content", "value"}) {
            if (e.hasAttr(attr) && !e.attr(attr).isBlank()) return e.attr(attr);
        }
        return e.text();
    }

    /** The first {@code <time>} in the article that is not an update stamp nor part of a list of other stories. */
    private static String firstTimeElement(Document doc, NumericOrder order) {
        for (Element time : doc.getElementsByTag("time")) {
            if (inOtherContent(time) || UPDATED.matcher(context(time)).find()) continue;
            String raw = time.hasAttr("datetime") ? time.attr("datetime") : time.text();
            String iso = first(order, raw, time.text());
            if (iso != null) return iso;
        }
        return null;
    }

    /**
     * The first date written in the short texts just before and after the headline, where pages put their
     * dateline. A date labelled "Updated" is the modified date, not the published one.
     */
    private static Found nearHeadline(Element headline, NumericOrder order) {
        Element scope = headline;
        for (int up = 0; up < HEADLINE_LEVELS && scope.parent() != null && !scope.parent().tagName().equals("body"); up++) {
            scope = scope.parent();
        }
        Elements all = scope.getAllElements();
        int at = all.indexOf(headline);
        String modified = null;
        for (int i = Math.max(0, at - BEFORE_HEADLINE); i < Math.min(all.size(), at + AFTER_HEADLINE); i++) {
            Element e = all.get(i);
            String text = e.ownText();
            if (text.length() < 6 || text.length() > MAX_DATELINE || inOtherContent(e)) continue;
            DateMatch m = DateNormalizer.find(text, order);
            if (m == null || m.value().length() < 10) continue;
            String label = text.substring(0, m.start()) + " " + (e.parent() == null ? "" : e.parent().ownText());
            if (UPDATED.matcher(label).find() && !label.toLowerCase(Locale.ROOT).contains("publish")) {
                if (modified == null) modified = m.value();
                continue;
            }
            return new Found(m.value(), modified);
        }
        return new Found(null, modified);
    }

    /** Short elements whose class names a date or byline, read as text: "Posted on June 3, 2021". */
    private static String visibleDateline(Document doc, NumericOrder order) {
        for (Element e : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
            String cls = e.className();
            if (cls.isEmpty() || !DATELINE_CLASS.matcher(cls).find() || inOtherContent(e)) continue;
            String text = e.text();
            if (text.isEmpty() || text.length() > MAX_DATELINE) continue;
            DateMatch m = DateNormalizer.find(text, order);
            if (m == null || m.value().length() < 10) continue;
            String label = text.substring(0, m.start());
            if (UPDATED.matcher(label).find() && !label.toLowerCase(Locale.ROOT).contains("publish")) {
                continue;
            }
            return m.value();
        }
        return null;
    }

    private static String context(Element time) {
        Element parent = time.parent();
        String own = time.className() + " " + time.attr("itemprop");
        return parent == null ? own : own + " " + parent.className() + " " + parent.ownText();
    }

    private static boolean inOtherContent(Element e) {
        int depth = 0;
        for (Element a = e; a != null && depth < 8; a = a.parent(), depth++) {
            String tag = a.tagName();
            if (tag.equals("nav") || tag.equals("aside") || tag.equals("footer")) return true;
            String cls = a.className();
            if (!cls.isEmpty() && cls.matches("(?i).*(comment|related|sidebar|widget|recirc|teaser|card).*")) return true;
        }
        return false;
    }
}
