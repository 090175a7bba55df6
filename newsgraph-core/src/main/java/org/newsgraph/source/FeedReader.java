package org.newsgraph.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.newsgraph.extract.DateNormalizer;
import org.newsgraph.extract.text.Shapes;
import org.newsgraph.model.PageFormat;
import org.newsgraph.model.PageHints;
import org.newsgraph.model.RawPage;
import org.newsgraph.model.SourceRef;

/**
 * Reads an RSS 2.0, RSS 1.0 (RDF) or Atom feed: one page per item or entry, its HTML the item's full content
 * ({@code content:encoded}, Atom {@code content}) or else its summary ({@code description}, {@code summary}), with the
 * item's title, link, id, date, authors (an Atom entry without any has its source's or its feed's, RFC 4287 4.2.1)
 * and the feed's title as publisher (its section apart, see {@link ChannelTitle}) as {@link PageHints}. Nothing is
 * fetched: a feed that carries only teasers gives teaser-length articles, and a summary its feed cut short ("...")
 * a truncated snippet, no source of quotes or events. An item without any content (a title or a link
 * alone, common in feeds) is skipped, named by its 1-based number, and the rest is read on.
 *
 * <p>jsoup's XML parser rather than a feed library (ROME): jsoup already parses every page here, reads the feed's
 * declared encoding, and is lenient with the malformed XML feeds often are; the items' content is HTML that jsoup
 * parses next anyway.
 */
final class FeedReader {

    static final String ATOM_NAMESPACE = "http://www.w3.org/2005/Atom";

    private final String name;
    private final SourceOptions options;

    FeedReader(String name, SourceOptions options) {
        this.name = name;
        this.options = options;
    }

    void read(InputStream in, PageSink sink) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxPageBytes() + 1L));
        if (bytes.length > options.maxPageBytes()) {
            sink.failure(SourceRef.ofPath(name), "feed larger than the " + options.describeCap()
                    + " page limit (--max-page-size)");
            return;
        }
        Document feed = Jsoup.parse(new ByteArrayInputStream(bytes), null, "", Parser.xmlParser());
        dropAtomPrefix(feed);
        ChannelTitle channel = ChannelTitle.of(
                text(feed.selectFirst("channel > title, feed > title, rdf|RDF > channel > title")), channelLink(feed));
        Element atomFeed = feed.selectFirst("feed");
        List<String> feedAuthors = atomFeed == null ? List.of() : authors(atomFeed);
        long number = 0;
        for (Element item : feed.select("item, entry")) {
            number++;
            readItem(item, number, channel, feedAuthors, sink);
        }
        if (number == 0) sink.failure(SourceRef.ofPath(name), "a feed without items or entries");
    }

    /**
     * jsoup's XML parser keeps prefixes in tag names, so Atom written as {@code <atom:feed xmlns:atom="...Atom">}
     * is renamed to the unprefixed Atom every selector here reads; elements of other namespaces keep their prefix.
     */
    private static void dropAtomPrefix(Document feed) {
        Element root = feed.children().first();
        if (root == null) return;
        String tag = root.tagName();
        int colon = tag.indexOf(':');
        if (colon < 0 || !tag.substring(colon + 1).equals("feed")) return;
        String prefix = tag.substring(0, colon + 1);
        if (!root.attr("xmlns:" + tag.substring(0, colon)).strip().equals(ATOM_NAMESPACE)) return;
        for (Element e : root.getAllElements()) {
            if (e.tagName().startsWith(prefix)) e.tagName(e.tagName().substring(prefix.length()));
        }
    }

    /** @param feedAuthors the Atom feed's own authors, which its entries without any inherit (RFC 4287, 4.2.1) */
    private void readItem(Element item, long number, ChannelTitle channel, List<String> feedAuthors, PageSink sink) {
        String url = link(item);
        String id = first(text(child(item, "guid")), text(child(item, "id")), url);
        SourceRef ref = new SourceRef(name, number, id, null, url);
        Content content = content(item);
        if (content == null) {
            sink.skipped(ref, "item without content, description or summary");
            return;
        }
        String date = first(text(child(item, "pubDate")), text(child(item, "dc:date")),
                text(child(item, "published")), text(child(item, "updated")));
        String published = date == null ? null : first(DateNormalizer.normalize(date), date);
        List<String> authors = authors(item);
        Element source = child(item, "source");
        if (authors.isEmpty() && source != null) authors = authors(source);
        if (authors.isEmpty()) authors = feedAuthors;
        PageHints hints = new PageHints(id, url, title(child(item, "title")), published, authors, channel.publisher(),
                null, channel.section(), content.cutOff());
        sink.page(new RawPage(ref, content.format(), content.body().getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8.name(), hints));
    }

    /** @param cutOff whether the body is a summary its feed cut short */
    private record Content(String body, PageFormat format, boolean cutOff) {
    }

    /** Where summaries stand in for an item's content; the first two carry the full content. */
    private static final List<String> SUMMARIES = List.of("description", "summary");

    /**
     * The full content when the feed carries it, else the summary. Escaped or CDATA HTML is HTML once unescaped;
     * XHTML, or HTML a feed left unescaped, is markup as it stands; Atom's {@code type="text"} is plain text.
     */
    private static Content content(Element item) {
        for (String tag : new String[] {"content:encoded", "content", "description", "summary"}) {
            Element e = child(item, tag);
            if (e == null) continue;
            String type = e.attr("type");
            boolean markup = type.equals("xhtml") || (!type.equals("text") && !e.children().isEmpty());
            String body = (markup ? e.html() : e.wholeText()).strip();
            if (body.isEmpty()) continue;
            PageFormat format = type.equals("text") ? PageFormat.TEXT : PageFormat.HTML;
            return new Content(body, format, SUMMARIES.contains(tag) && cutShort(body, format));
        }
        return null;
    }

    /**
     * Whether a summary ends the way a text cut short on purpose does: in an ellipsis ("...", "…", "[…]"), or in one
     * followed by a link onwards ("… <a>Read more</a>"). Only summaries are asked: an item's full content that
     * ends in an ellipsis ends so as written.
     */
    static boolean cutShort(String body, PageFormat format) {
        if (format == PageFormat.TEXT) return Shapes.endsWithEllipsis(body);
        Document html = Jsoup.parseBodyFragment(body);
        if (Shapes.endsWithEllipsis(html.body().text())) return true;
        Element last = html.body().select("a").last();
        if (last == null || last.text().isBlank() || last.text().strip().split("\\s+").length > 4) return false;
        String whole = html.body().text().strip();
        String link = last.text().strip();
        return whole.endsWith(link) && Shapes.endsWithEllipsis(whole.substring(0, whole.length() - link.length()));
    }

    /** The feed's own link: RSS's channel {@code link} text, Atom's alternate {@code link href}. */
    private static String channelLink(Document feed) {
        Element channel = feed.selectFirst("channel, feed");
        return channel == null ? null : link(channel);
    }

    /** A title as text: Atom's {@code type="html"} titles hold escaped markup. */
    private static String title(Element e) {
        if (e == null || !e.attr("type").equals("html")) return text(e);
        return first(Jsoup.parseBodyFragment(e.wholeText()).text().strip());
    }

    /** RSS: the {@code link} element's text; Atom: the {@code href} of the alternate (or first) link. */
    private static String link(Element item) {
        Element alternate = null;
        for (Element l : item.children()) {
            if (!l.tagName().equals("link")) continue;
            if (!l.hasAttr("href")) return first(text(l));
            String rel = l.attr("rel");
            if (rel.isEmpty() || rel.equals("alternate")) return first(l.attr("href").strip());
            if (alternate == null) alternate = l;
        }
        return alternate == null ? null : first(alternate.attr("href").strip());
    }

    private static final Pattern MAIL_THEN_NAME = Pattern.compile("\\S+@\\S+\\s*\\((.*\\S.*)\\)");
    private static final Pattern NAME_THEN_MAIL = Pattern.compile("([^<>@]*[^<>@\\s][^<>@]*)<\\S+@\\S+>");

    private static List<String> authors(Element item) {
        List<String> out = new ArrayList<>();
        for (Element e : item.children()) {
            if (!e.tagName().equals("author") && !e.tagName().equals("dc:creator")) continue;
            Element atomName = child(e, "name");
            String author = atomName != null ? text(atomName) : personOf(text(e));
            if (author != null && !out.contains(author)) out.add(author);
        }
        return out;
    }

    /**
     * The name in an RSS 2.0 author, which the format defines as an e-mail address and feeds write as
     * "news@example.com (Jo Keller)" or "Jo Keller &lt;jo@example.com&gt;"; an address alone stays as it is.
     */
    private static String personOf(String author) {
        if (author == null) return null;
        Matcher m = MAIL_THEN_NAME.matcher(author);
        if (m.matches()) return m.group(1).strip();
        m = NAME_THEN_MAIL.matcher(author);
        if (m.matches()) return m.group(1).strip();
        return author;
    }

    /** The first direct child with this tag name (namespace prefix included), or null. */
    private static Element child(Element parent, String tag) {
        for (Element e : parent.children()) if (e.tagName().equals(tag)) return e;
        return null;
    }

    private static String text(Element e) {
        return e == null ? null : first(e.text().strip());
    }

    private static String first(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v;
        return null;
    }
}
