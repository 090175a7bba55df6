package org.newsgraph.extract.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsgraph.extract.CopyrightNotices;
import org.newsgraph.extract.DateNormalizer.NumericOrder;
import org.newsgraph.extract.PageMetadata;
import org.newsgraph.extract.WebUrls;

/**
 * Reads what an HTML page says about itself from JSON-LD, OpenGraph and other meta tags, microdata and the visible
 * page (headline, byline, dateline, licence notice, wire credits, copyright footer). Declared values are preferred and the visible
 * page fills the gaps; nothing is invented. Reads the document without modifying it. Stateless and thread-safe.
 */
public final class HtmlMetadataExtractor implements MetadataExtractor {

    private static final int MAX_COPYRIGHT_LINE = 160;

    @Override
    public PageMetadata extract(Document doc, String pageUrl) {
        MetaTags meta = MetaTags.of(doc);
        JsonLd ld = JsonLd.of(doc);
        String canonical = canonical(doc, meta, ld, pageUrl);
        String publisher = firstPresent(ld.publisher(), meta.first("og:site_name"), ld.siteName(),
                meta.first("application-name", "apple-mobile-web-app-title", "publisher", "dc.publisher"));
        if (publisher != null && publisher.contains("://")) publisher = null;
        Titles.Headline headline = Titles.pick(doc,
                Arrays.asList(ld.headline(), meta.first("og:title"), meta.first("twitter:title"),
                        meta.first("title", "headline", "dc.title"), doc.title()),
                Arrays.asList(publisher, meta.first("og:site_name"), ld.siteName(), meta.first("application-name")),
                host(pageUrl != null ? pageUrl : canonical));
        if (publisher == null) publisher = Titles.siteAfterHeadline(doc.title(), headline.text());
        String subtitle = Subtitles.find(headline.element(), ld, headline.text(),
                meta.first("og:description", "description", "twitter:description"));
        List<String> authors = AuthorFinder.find(doc, meta, ld);
        String bodyText = doc.body() == null ? "" : doc.body().text();
        String syndicatedFrom = Syndication.find(ld, meta, doc, bodyText, authors, publisher,
                () -> copyrightHolders(doc));
        // a wire's copyright on a page that names no site is the wire's, not the page's
        if (publisher == null && syndicatedFrom == null) {
            List<String> holders = copyrightHolders(doc);
            publisher = holders.isEmpty() ? null : holders.get(holders.size() - 1);
        }
        String language = language(doc, meta, ld);
        Dates.Found dates = Dates.find(doc, headline.element(), meta, ld, numericOrder(doc, language),
                pageUrl, canonical);
        return new PageMetadata(headline.text(), subtitle, authors, publisher, syndicatedFrom,
                SectionAndTopics.section(meta, ld, headline.text(), headline.element(), publisher), SectionAndTopics.topics(meta, ld),
                LicenseFinder.find(doc, meta, ld, bodyText), dates.published(), dates.modified(), language, canonical);
    }

    /**
     * The holders of the page's dated copyright lines, "(c) Daily Planet 2026", in page order: the last is the site's
     * own footer, which names the publisher of a page that declares no site name.
     */
    private static List<String> copyrightHolders(Document doc) {
        List<String> holders = new ArrayList<>();
        for (Element e : doc.select("p, div, span, small, footer, li")) {
            String text = ShortLines.text(e, MAX_COPYRIGHT_LINE);
            if (text == null) continue;
            CopyrightNotices.Notice notice = CopyrightNotices.read(text);
            if (notice != null && notice.dated() && notice.holder() != null) holders.add(notice.holder());
        }
        return holders;
    }

    private static String language(Document doc, MetaTags meta, JsonLd ld) {
        Element html = doc.selectFirst("html");
        for (String tag : new String[] {html == null ? null : html.attr("lang"), html == null ? null : html.attr("xml:lang"),
                ld.language(), meta.first("og:locale"), meta.first("content-language"), meta.first("dc.language", "language")}) {
            String code = LanguageCodes.iso6391(tag);
            if (code != null) return code;
        }
        return null;
    }

    /**
     * All-numeric dates are read month first on English pages declared for the US or with no region, day first
     * elsewhere (en-GB, en-AU, fr, de...), following the conventions of those places.
     */
    private static NumericOrder numericOrder(Document doc, String language) {
        if (language == null) return NumericOrder.MONTH_FIRST;
        if (!language.equals("en")) return NumericOrder.DAY_FIRST;
        Element html = doc.selectFirst("html");
        String tag = html == null ? "" : html.attr("lang").toLowerCase(Locale.ROOT).replace('_', '-');
        return tag.length() <= 2 || tag.endsWith("-us") ? NumericOrder.MONTH_FIRST : NumericOrder.DAY_FIRST;
    }

    private static String canonical(Document doc, MetaTags meta, JsonLd ld, String pageUrl) {
        Element link = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
        for (String candidate : new String[] {link == null ? null : link.attr("href"), meta.first("og:url"), ld.url()}) {
            String resolved = WebUrls.resolve(pageUrl, candidate);
            if (resolved != null) return resolved;
        }
        return null;
    }

    private static String host(String url) {
        if (url == null) return null;
        try {
            return new URI(url.strip()).getHost();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String firstPresent(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) return v.strip();
        }
        return null;
    }
}
