package org.newsgraph.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.PageFormat;
import org.newsgraph.model.RawPage;

class FeedSourceTest {

    @TempDir
    Path dir;

    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>Harbour News</title><link>https://harbour.example/</link>
            <item><title>Ferry fares to rise</title><link>https://harbour.example/fares</link>
              <guid isPermaLink="false">hn-101</guid><dc:creator>Anna Berg</dc:creator>
              <pubDate>Tue, 13 Feb 2024 08:00:00 GMT</pubDate>
              <description>Fares rise in spring.</description>
              <content:encoded><![CDATA[<p>Ferry fares will rise by five percent, the operator said.</p>]]></content:encoded>
            </item>
            <item><title>Wall repaired</title><link>https://harbour.example/wall</link>
              <author>desk@harbour.example (Tom Hale)</author><author>Lea Voss &lt;lea@harbour.example&gt;</author>
              <description>&lt;p&gt;The harbour wall &amp;amp; pier were repaired.&lt;/p&gt;</description></item>
            <item><title>Photo gallery</title><link>https://harbour.example/gallery</link></item>
            </channel></rss>
            """;

    private static final String ATOM = """
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Coast Weekly</title>
            <entry><title>Storm closes Zürich road</title><id>urn:cw:7</id>
              <link rel="edit" href="https://coast.example/api/7"/>
              <link rel="alternate" href="https://coast.example/7"/>
              <author><name>Jo Keller</name></author><published>2024-03-02T10:15:00Z</published>
              <summary>Short teaser.</summary>
              <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The road was closed.</p></div></content>
            </entry></feed>
            """;

    @Test
    void an_rss_feed_gives_one_page_per_item_with_its_metadata_as_hints() throws IOException {
        Path f = write("news.rss", RSS, StandardCharsets.UTF_8);
        CollectingSink sink = CollectingSink.read(f.toString());
        assertThat(sink.pages).hasSize(2);
        RawPage first = sink.pages.get(0);
        assertThat(first.format()).isEqualTo(PageFormat.HTML);
        // the full content wins over the description
        assertThat(sink.text(0)).isEqualTo("<p>Ferry fares will rise by five percent, the operator said.</p>");
        assertThat(first.hints().title()).isEqualTo("Ferry fares to rise");
        assertThat(first.hints().url()).isEqualTo("https://harbour.example/fares");
        assertThat(first.hints().id()).isEqualTo("hn-101");
        assertThat(first.hints().authors()).containsExactly("Anna Berg");
        assertThat(first.hints().published()).startsWith("2024-02-13");
        assertThat(first.hints().publisher()).isEqualTo("Harbour News");
        assertThat(first.source().line()).isEqualTo(1L);
        // an escaped HTML description is HTML again, its own escapes kept
        assertThat(sink.text(1)).isEqualTo("<p>The harbour wall &amp; pier were repaired.</p>");
        assertThat(sink.pages.get(1).hints().id()).isEqualTo("https://harbour.example/wall");
        // RSS 2.0 authors are e-mail addresses with the name beside them
        assertThat(sink.pages.get(1).hints().authors()).containsExactly("Tom Hale", "Lea Voss");
        // a title alone is common in feeds: skipped and named, not a failure of the run
        assertThat(sink.failures).isEmpty();
        assertThat(sink.skipped).containsExactly(f + ":3: item without content, description or summary");
    }

    @Test
    void an_atom_feed_in_its_declared_charset_gives_its_entries_xhtml_content_and_alternate_link() throws IOException {
        CollectingSink sink = CollectingSink.read(write("coast.xml", ATOM, StandardCharsets.ISO_8859_1).toString());
        assertThat(sink.failures).isEmpty();
        assertThat(sink.pages).hasSize(1);
        RawPage entry = sink.pages.get(0);
        assertThat(sink.text(0)).contains("<p>The road was closed.</p>");
        assertThat(entry.hints().title()).isEqualTo("Storm closes Zürich road");
        assertThat(entry.hints().url()).isEqualTo("https://coast.example/7");
        assertThat(entry.hints().id()).isEqualTo("urn:cw:7");
        assertThat(entry.hints().authors()).isEqualTo(List.of("Jo Keller"));
        assertThat(entry.hints().published()).startsWith("2024-03-02");
        assertThat(entry.hints().publisher()).isEqualTo("Coast Weekly");
    }

    @Test
    void an_xml_file_that_is_no_feed_is_not_read_as_one_and_a_feed_without_items_is_an_error() throws IOException {
        CollectingSink empty = CollectingSink.read(write("empty.rss",
                "<rss version=\"2.0\"><channel><title>Nothing yet</title></channel></rss>", StandardCharsets.UTF_8)
                .toString());
        assertThat(empty.pages).isEmpty();
        assertThat(empty.failures).singleElement().asString().endsWith("a feed without items or entries");
        assertThat(Sniffer.sniff(bytes("<?xml version=\"1.0\"?>\n<!-- x -->\n<rss version=\"2.0\">"), 40, null)
                .kind()).isEqualTo(InputKind.FEED);
        assertThat(Sniffer.sniff(bytes("<html><body><p>About our feed</p></body></html>"), 46, null).kind())
                .isEqualTo(InputKind.HTML);
    }

    @Test
    void unescaped_html_stays_markup_atom_text_stays_text_and_an_html_title_is_read_as_text() throws IOException {
        String rss = "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"x.dtd\">\n"
                + "<rss version=\"0.91\"><channel><title>Valley</title><item><title>Snow</title>"
                + "<description><p>Snow closed the pass.</p><p>The mayor said it reopens Monday.</p></description>"
                + "</item></channel></rss>";
        CollectingSink plain = CollectingSink.read(write("old.xml", rss, StandardCharsets.UTF_8).toString());
        assertThat(plain.pages).hasSize(1);
        assertThat(plain.text(0)).contains("<p>Snow closed the pass.</p>").contains("<p>The mayor said");
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Coast</title><entry>"
                + "<title type=\"html\">Tom &amp;amp; Jerry &lt;b&gt;win&lt;/b&gt;</title>"
                + "<content type=\"text\">Use &lt;script&gt; tags with care.</content></entry></feed>";
        CollectingSink typed = CollectingSink.read(write("typed.atom", atom, StandardCharsets.UTF_8).toString());
        assertThat(typed.pages).singleElement().satisfies(p -> {
            assertThat(p.format()).isEqualTo(PageFormat.TEXT);
            assertThat(p.hints().title()).isEqualTo("Tom & Jerry win");
        });
        assertThat(typed.text(0)).isEqualTo("Use <script> tags with care.");
    }

    @Test
    void atom_under_a_prefix_is_sniffed_and_read_and_a_prefix_of_another_namespace_is_not_atom() throws IOException {
        String atom = "<?xml version=\"1.0\"?>\n<a:feed xmlns:a=\"http://www.w3.org/2005/Atom\""
                + " xmlns:media=\"http://search.yahoo.com/mrss/\"><a:title>Coast</a:title>"
                + "<a:entry><a:title>Ferry late</a:title><a:link href=\"https://coast.example/9\"/>"
                + "<media:title>Photo</media:title><a:author><a:name>Jo Keller</a:name></a:author>"
                + "<a:content type=\"text\">The ferry was late again.</a:content></a:entry></a:feed>";
        CollectingSink sink = CollectingSink.read(write("prefixed", atom, StandardCharsets.UTF_8).toString());
        assertThat(sink.failures).isEmpty();
        assertThat(sink.pages).singleElement().satisfies(p -> {
            assertThat(p.hints().title()).isEqualTo("Ferry late");
            assertThat(p.hints().url()).isEqualTo("https://coast.example/9");
            assertThat(p.hints().authors()).containsExactly("Jo Keller");
            assertThat(p.hints().publisher()).isEqualTo("Coast");
        });
        assertThat(sink.text(0)).isEqualTo("The ferry was late again.");
        String other = "<x:feed xmlns:x=\"urn:example:not-atom\"><x:entry>data</x:entry></x:feed>";
        assertThat(Sniffer.sniff(bytes(other), other.length(), null).kind()).isEqualTo(InputKind.TEXT);
    }

    @Test
    void an_atom_entry_without_authors_has_its_sources_or_else_its_feeds() throws IOException {
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Hill Courier</title>"
                + "<author><name>Desk Team</name></author><author><name>Ola Brandt</name></author>"
                + "<entry><title>Own byline</title><author><name>Mira Holm</name></author>"
                + "<content type=\"text\">The bridge opened.</content></entry>"
                + "<entry><title>No byline</title><content type=\"text\">The bakery closed.</content></entry>"
                + "<entry><title>Reposted</title><source><title>Valley Daily</title>"
                + "<author><name>Tor Lunde</name></author></source>"
                + "<content type=\"text\">The school moved.</content></entry></feed>";
        CollectingSink sink = CollectingSink.read(write("hill.atom", atom, StandardCharsets.UTF_8).toString());
        assertThat(sink.pages).extracting(p -> p.hints().authors()).containsExactly(
                List.of("Mira Holm"), List.of("Desk Team", "Ola Brandt"), List.of("Tor Lunde"));
        // RSS has no such rule: a channel's managing editor is not every item's author
        String rss = "<rss version=\"2.0\"><channel><title>Harbour</title>"
                + "<managingEditor>ed@harbour.example (Ed Lee)</managingEditor>"
                + "<item><title>Fog</title><description>Fog delays the ferry.</description></item>"
                + "</channel></rss>";
        CollectingSink plain = CollectingSink.read(write("fog.rss", rss, StandardCharsets.UTF_8).toString());
        assertThat(plain.pages).singleElement().satisfies(p -> assertThat(p.hints().authors()).isEmpty());
    }

    @Test
    void a_summary_cut_short_is_a_teaser_and_a_full_or_whole_one_is_not() throws IOException {
        String rss = "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
                + "<title>Wearside Courier - Courts</title><link>https://www.wearsidecourier.example/courts</link>"
                + "<item><title>Deal</title><description>Further strikes have been called off after the company"
                + " improved its pay offer...</description></item>"
                + "<item><title>Flood</title><description>&lt;p&gt;Rain closed the coast road [&amp;#8230;]"
                + " &lt;a href=\"https://x.example/f\"&gt;Read more&lt;/a&gt;&lt;/p&gt;</description></item>"
                + "<item><title>Vote</title><description>The council voted to close the library.</description></item>"
                // an ellipsis of its own in a full text, or in a summary's middle, cuts nothing
                + "<item><title>Poem</title><content:encoded>&lt;p&gt;And then...&lt;/p&gt;</content:encoded></item>"
                + "<item><title>Pause</title><description>He paused... and then said yes.</description></item>"
                + "<item><title>Link</title><description>&lt;p&gt;Fares rose. &lt;a href=\"/m\"&gt;More on fares"
                + "&lt;/a&gt;&lt;/p&gt;</description></item>"
                + "</channel></rss>";
        CollectingSink sink = CollectingSink.read(write("courts.rss", rss, StandardCharsets.UTF_8).toString());
        assertThat(sink.pages).extracting(p -> p.hints().cutOff())
                .containsExactly(true, true, false, false, false, false);
        // the feed's link names the site: the title's other part is its section
        assertThat(sink.pages).allSatisfy(p -> {
            assertThat(p.hints().publisher()).isEqualTo("Wearside Courier");
            assertThat(p.hints().section()).isEqualTo("Courts");
        });
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private Path write(String name, String content, java.nio.charset.Charset charset) throws IOException {
        return Files.write(dir.resolve(name), content.getBytes(charset));
    }
}
