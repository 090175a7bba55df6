package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.html.BodyExtractor;
import org.newsgraph.extract.html.MetadataExtractor;
import org.newsgraph.extract.text.ScrapeParser;
import org.newsgraph.extract.text.ScrapedPage;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleKind;
import org.newsgraph.model.Block;
import org.newsgraph.model.BlockType;
import org.newsgraph.model.PageFormat;
import org.newsgraph.model.PageHints;
import org.newsgraph.model.RawPage;
import org.newsgraph.model.SourceRef;

/**
 * The composition, tested with small deterministic parts so that what is checked is the wiring (decoding, hints
 * over metadata, URLs, languages, snippets, errors), not the heuristics of the default parsers.
 */
class PageExtractorTest {

    private static final String ENGLISH = "The harbour council voted on Sunday to repair the old ferry, ending a"
            + " dispute over who should pay for the island service.";

    /** Paragraph texts joined by blank lines, one paragraph block each. */
    private static final BodyExtractor PARAGRAPHS = doc -> {
        StringBuilder text = new StringBuilder();
        List<Block> blocks = new ArrayList<>();
        for (Element p : doc.select("p")) {
            if (text.length() > 0) text.append("\n\n");
            int start = text.length();
            text.append(p.text());
            blocks.add(new Block(BlockType.PARAGRAPH, start, text.length()));
        }
        return new ExtractedBody(text.toString(), blocks, List.of(), List.of());
    };

    /** Title from the title element, language from the html element, a fixed canonical URL and byline. */
    private static final MetadataExtractor META = (doc, url) -> new PageMetadata(
            doc.title().isEmpty() ? null : doc.title(), null, List.of("Page Author"), "Page Publisher", null, null,
            List.of(), "CC-BY-4.0", "2020-01-01", null, doc.selectFirst("html").attr("lang"),
            "https://canonical.example/story");

    /** First line is the article; lines starting "TEASER " are snippets. */
    private static final ScrapeParser SCRAPES = text -> {
        String[] lines = text.split("\n");
        List<ScrapedPage.Teaser> teasers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].startsWith("TEASER ")) {
                String t = lines[i].substring(7);
                teasers.add(new ScrapedPage.Teaser(new ExtractedBody(t,
                        List.of(new Block(BlockType.PARAGRAPH, 0, t.length())), List.of(), List.of()), i + 1));
            }
        }
        String body = lines[0];
        return new ScrapedPage(PageMetadata.EMPTY, new ExtractedBody(body,
                List.of(new Block(BlockType.PARAGRAPH, 0, body.length())), List.of(), List.of()), teasers);
    };

    private final PageExtractor extractor = new PageExtractor(PARAGRAPHS, META, SCRAPES);

    @Test
    void hints_win_over_what_the_page_says_and_fill_the_record() {
        PageHints hints = new PageHints("rec-7", "https://hint.example/a", "Hinted title", "2024-06-02",
                List.of("Hint Author"), null, null);
        RawPage page = new RawPage(new SourceRef("data.jsonl", 3L, null, null, null), PageFormat.HTML,
                html("Page title", "en", ENGLISH), "UTF-8", hints);
        Article a = extractor.extract(page).get(0);
        assertThat(a.title()).isEqualTo("Hinted title");
        assertThat(a.authors()).containsExactly("Hint Author");
        assertThat(a.published()).isEqualTo("2024-06-02");
        assertThat(a.publisher()).isEqualTo("Page Publisher");
        assertThat(a.license()).isEqualTo("CC-BY-4.0");
        assertThat(a.url()).isEqualTo("https://hint.example/a");
        assertThat(a.source().recordId()).isEqualTo("rec-7");
        assertThat(a.id()).isNotEqualTo("rec-7").isEqualTo(Article.contentId(ArticleKind.ARTICLE, a.url(), a.text()));
        assertThat(a.kind()).isEqualTo(ArticleKind.ARTICLE);
        assertThat(a.truncated()).isFalse();
    }

    @Test
    void the_url_is_the_hint_else_the_source_url_else_the_canonical_link() {
        byte[] body = html("T", "en", ENGLISH);
        RawPage fromWarc = new RawPage(new SourceRef("c.warc", null, "urn:uuid:1", 0L, "https://fetched.example/p"),
                PageFormat.HTML, body, null, null);
        RawPage fromFile = new RawPage(SourceRef.ofPath("p.html"), PageFormat.HTML, body, null, null);
        assertThat(extractor.extract(fromWarc).get(0).url()).isEqualTo("https://fetched.example/p");
        assertThat(extractor.extract(fromFile).get(0).url()).isEqualTo("https://canonical.example/story");
    }

    @Test
    void an_input_url_of_another_scheme_is_set_aside_with_a_warning_and_one_without_a_scheme_is_kept() {
        byte[] body = html("T", "en", ENGLISH);
        for (String hostile : List.of("javascript:alert(document.domain)", " JavaScript: alert(1)",
                "data:text/html,<script>alert(1)</script>", "file:///etc/passwd")) {
            PageHints hints = new PageHints(null, hostile, null, null, List.of(), null, null);
            Article a = extractor.extract(new RawPage(SourceRef.ofPath("feed.jsonl"), PageFormat.HTML, body, null,
                    hints)).get(0);
            assertThat(a.url()).as(hostile).isEqualTo("https://canonical.example/story");
            assertThat(a.warnings()).as(hostile).contains("set aside a URL of another scheme than http(s)");
        }
        for (String kept : List.of("www.example.org/story", "example.org:8080/story", "HTTPS://example.org/a")) {
            PageHints hints = new PageHints(null, kept, null, null, List.of(), null, null);
            Article a = extractor.extract(new RawPage(SourceRef.ofPath("feed.jsonl"), PageFormat.HTML, body, null,
                    hints)).get(0);
            assertThat(a.url()).isEqualTo(kept);
            assertThat(a.warnings()).noneMatch(w -> w.contains("URL"));
        }
    }

    @Test
    void the_language_is_the_declared_one_else_detected_from_the_text() {
        RawPage declared = new RawPage(SourceRef.ofPath("a.html"), PageFormat.HTML, html("T", "de-AT", ENGLISH), null,
                null);
        RawPage undeclared = new RawPage(SourceRef.ofPath("b.html"), PageFormat.HTML, html("T", "", ENGLISH), null,
                null);
        RawPage tooShort = new RawPage(SourceRef.ofPath("c.html"), PageFormat.HTML, html("T", "", "Ferry saved."),
                null, null);
        assertThat(extractor.extract(declared).get(0).language()).isEqualTo("de");
        assertThat(extractor.extract(undeclared).get(0).language()).isEqualTo("en");
        assertThat(extractor.extract(tooShort).get(0).language()).isNull();
    }

    @Test
    void teasers_of_a_text_scrape_become_truncated_snippets() {
        String scrape = ENGLISH + "\nTEASER Island school to reopen after the floods, parents said the daily\n";
        RawPage page = new RawPage(SourceRef.ofPath("s.txt"), PageFormat.TEXT,
                scrape.getBytes(StandardCharsets.UTF_8), null, null);
        List<Article> out = extractor.extract(page);
        assertThat(out).extracting(Article::kind).containsExactly(ArticleKind.ARTICLE, ArticleKind.SNIPPET);
        Article snippet = out.get(1);
        assertThat(snippet.truncated()).isTrue();
        assertThat(snippet.text()).isEqualTo("Island school to reopen after the floods, parents said the daily");
        assertThat(snippet.url()).isNull();
        assertThat(snippet.id()).isNotEqualTo(out.get(0).id());
        assertThat(snippet.source().describe()).isEqualTo("s.txt:2");
        assertThat(out.get(0).source().describe()).isEqualTo("s.txt");
    }

    @Test
    void a_teaser_inside_a_record_of_a_larger_file_keeps_the_record_as_its_place() {
        String scrape = ENGLISH + "\nTEASER Island school to reopen after the floods, parents said the daily\n";
        RawPage page = new RawPage(new SourceRef("pages.jsonl", 7L, null, null, null), PageFormat.TEXT,
                scrape.getBytes(StandardCharsets.UTF_8), null, null);
        assertThat(extractor.extract(page).get(1).source().describe()).isEqualTo("pages.jsonl:7");
    }

    @Test
    void the_same_teaser_on_two_pages_is_two_snippets_each_with_its_page_as_source() {
        String teaser = "\nTEASER Island school to reopen after the floods, parents said the daily\n";
        RawPage first = new RawPage(SourceRef.ofPath("a.txt"), PageFormat.TEXT,
                (ENGLISH + teaser).getBytes(StandardCharsets.UTF_8), null, null);
        RawPage second = new RawPage(SourceRef.ofPath("b.txt"), PageFormat.TEXT,
                ("The ferry timetable changes on Monday, the harbour office said." + teaser)
                        .getBytes(StandardCharsets.UTF_8), null, null);
        Article onFirst = extractor.extract(first).get(1);
        Article onSecond = extractor.extract(second).get(1);
        assertThat(onFirst.text()).isEqualTo(onSecond.text());
        assertThat(onFirst.id()).isNotEqualTo(onSecond.id());
        assertThat(onFirst.source().path()).isEqualTo("a.txt");
        assertThat(onSecond.source().path()).isEqualTo("b.txt");
        // re-extracting a page gives its snippets the same ids
        assertThat(extractor.extract(first).get(1).id()).isEqualTo(onFirst.id());
    }

    @Test
    void decoding_warnings_reach_the_article() {
        byte[] bytes = "<p>bad \u00ff byte</p>".getBytes(StandardCharsets.ISO_8859_1);
        RawPage page = new RawPage(SourceRef.ofPath("bad.html"), PageFormat.HTML, bytes, "UTF-8", null);
        Article a = extractor.extract(page).get(0);
        // one broken sequence and no whole one: the UTF-8 label is not believed
        assertThat(a.text()).isEqualTo("bad \u00ff byte");
        assertThat(a.warnings()).contains("declared UTF-8, but the bytes are not UTF-8: charset guessed instead");
    }

    @Test
    void a_page_without_article_text_is_an_error_naming_the_input() {
        RawPage page = new RawPage(new SourceRef("crawl.warc.gz", null, "urn:uuid:9", 1234L, null), PageFormat.HTML,
                "<html><body><nav>Home</nav></body></html>".getBytes(StandardCharsets.UTF_8), null, null);
        assertThatThrownBy(() -> extractor.extract(page)).isInstanceOf(ExtractionException.class)
                .hasMessage("crawl.warc.gz@1234: no article text found");
    }

    @Test
    void the_standard_wiring_survives_hostile_html() {
        PageExtractor standard = PageExtractor.standard();
        String story = ("<h1>Ferry saved</h1><p>" + ENGLISH + "</p><p>" + ENGLISH + "</p><p>" + ENGLISH + "</p>");
        String deep = "<html><body>" + "<div>".repeat(100_000) + story + "</div>".repeat(100_000) + "</body></html>";
        String attribute = "<html><body><article title=\"" + "x".repeat(5_000_000) + "\">" + story
                + "</article></body></html>";
        String unclosed = "<html><body>" + "<table><tr><td><b><i>".repeat(20_000) + story;
        for (String hostile : List.of(deep, attribute, unclosed)) {
            RawPage page = new RawPage(SourceRef.ofPath("hostile.html"), PageFormat.HTML,
                    hostile.getBytes(StandardCharsets.UTF_8), null, null);
            assertThat(standard.extract(page).get(0).text()).contains("harbour council voted");
        }
    }

    @Test
    void a_standfirst_is_the_subtitle_and_leaves_the_body_which_keeps_its_offsets_right() {
        String dek = "The council will decide on the new ferry route before the summer season begins.";
        String page = "<html><body><article><h1>Ferry route in doubt</h1><p class=\"standfirst\">" + dek + "</p>"
                + "<p>" + ENGLISH + "</p><p>" + ENGLISH + "</p><h2>What comes next</h2><p>" + ENGLISH + "</p>"
                + "</article></body></html>";
        Article a = PageExtractor.standard().extract(new RawPage(SourceRef.ofPath("dek.html"), PageFormat.HTML,
                page.getBytes(StandardCharsets.UTF_8), null, null)).get(0);
        assertThat(a.subtitle()).isEqualTo(dek);
        assertThat(a.text()).doesNotContain("new ferry route").startsWith(ENGLISH);
        assertThat(a.blocks()).allSatisfy(b -> assertThat(a.text().substring(b.start(), b.end())).isNotBlank());
        assertThat(a.blocks()).anySatisfy(b -> assertThat(a.text().substring(b.start(), b.end()))
                .isEqualTo("What comes next"));
    }

    private static byte[] html(String title, String lang, String paragraph) {
        return ("<html lang=\"" + lang + "\"><head><title>" + title + "</title></head><body><p>" + paragraph
                + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
    }
}
