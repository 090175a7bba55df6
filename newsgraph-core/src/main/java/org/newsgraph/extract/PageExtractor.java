package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.html.BodyExtractor;
import org.newsgraph.extract.html.HtmlMetadataExtractor;
import org.newsgraph.extract.html.MainContentExtractor;
import org.newsgraph.extract.html.MetadataExtractor;
import org.newsgraph.extract.text.ScrapeParser;
import org.newsgraph.extract.text.ScrapedPage;
import org.newsgraph.extract.text.TextScrapeExtractor;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleKind;
import org.newsgraph.model.Block;
import org.newsgraph.model.BlockType;
import org.newsgraph.model.PageFormat;
import org.newsgraph.model.PageHints;
import org.newsgraph.model.RawPage;
import org.newsgraph.model.SourceRef;

/**
 * The extraction stage: decodes a raw page, takes it apart with the body, metadata and scrape parsers, lays the
 * hints delivered beside the page over what the page says of itself, and returns the article plus any teaser
 * snippets. Stateless and thread-safe when its parts are.
 */
public final class PageExtractor implements Extractor {

    private final BodyExtractor body;
    private final MetadataExtractor metadata;
    private final ScrapeParser scrapes;

    public PageExtractor(BodyExtractor body, MetadataExtractor metadata, ScrapeParser scrapes) {
        this.body = body;
        this.metadata = metadata;
        this.scrapes = scrapes;
    }

    /** The default wiring. */
    public static PageExtractor standard() {
        return new PageExtractor(new MainContentExtractor(), new HtmlMetadataExtractor(), new TextScrapeExtractor());
    }

    @Override
    public List<Article> extract(RawPage page) {
        SourceRef source = page.source();
        if (page.body() == null || page.body().length == 0) throw new ExtractionException(source, "empty");
        PageHints hints = page.hints();
        if (hints.id() != null && source.recordId() == null) {
            source = source.withRecordId(hints.id());
        }
        String givenUrl = hints.url() != null ? hints.url() : source.url();
        String knownUrl = WebUrls.given(givenUrl);
        ScrapedPage parsed = page.format() == PageFormat.HTML ? html(page, knownUrl) : text(page);
        ExtractedBody main = parsed.article();
        if (main.text().isBlank()) throw new ExtractionException(source, "no article text found");

        PageMetadata meta = parsed.metadata();
        String url = knownUrl != null ? knownUrl : meta.canonicalUrl();
        List<Article> out = new ArrayList<>(1 + parsed.snippets().size());
        Article.Builder builder = Article.builder()
                .kind(hints.cutOff() ? ArticleKind.SNIPPET : ArticleKind.ARTICLE)
                .truncated(hints.cutOff())
                .source(source)
                .url(url)
                .title(first(hints.title(), meta.title()))
                .subtitle(meta.subtitle())
                .authors(hints.authors().isEmpty() ? meta.authors() : hints.authors())
                .publisher(first(hints.publisher(), meta.publisher()))
                .syndicatedFrom(meta.syndicatedFrom())
                .section(first(hints.section(), meta.section()))
                .topics(meta.topics())
                .license(first(hints.license(), meta.license()))
                .published(first(hints.published(), meta.published()))
                .modified(meta.modified())
                .language(LanguageGuesser.language(meta.language(), main.text()))
                .text(main.text())
                .blocks(main.blocks())
                .captions(main.captions())
                .warnings(main.warnings());
        if (givenUrl != null && knownUrl == null) builder.warning("set aside a URL of another scheme than http(s)");
        Article article = builder.build();
        out.add(article);
        for (ScrapedPage.Teaser teaser : parsed.teasers()) {
            if (!teaser.body().text().isBlank()) {
                out.add(snippet(teaser.body(), teaserSource(source, teaser), meta, article.id()));
            }
        }
        return out;
    }

    /**
     * A teaser of a scrape read from its own file is found again by the line it starts on ("page.txt:41"); inside a
     * record of a larger file (a JSON Lines line, a WARC record) the record's own place is all the input names.
     */
    private static SourceRef teaserSource(SourceRef page, ScrapedPage.Teaser teaser) {
        if (page.line() != null || page.offset() != null || page.recordId() != null) return page;
        return new SourceRef(page.path(), (long) teaser.line(), null, null, page.url());
    }

    private ScrapedPage html(RawPage page, String url) {
        HtmlDecoder.DecodedHtml decoded = HtmlDecoder.decode(page.body(), page.charset(), url);
        PageMetadata meta = metadata.extract(decoded.document(), url);
        ExtractedBody main = Standfirsts.withoutLeadingDek(body.extract(decoded.document()), meta.subtitle());
        return new ScrapedPage(meta, withWarnings(main, decoded.warnings()), List.of());
    }

    private ScrapedPage text(RawPage page) {
        Decoded decoded = TextDecoder.decode(page.body(), page.charset());
        ScrapedPage parsed = scrapes.parse(decoded.text());
        return new ScrapedPage(parsed.metadata(), withWarnings(parsed.article(), decoded.warnings()),
                parsed.teasers());
    }

    /**
     * A teaser of another article: it shares the page's publisher and language but not its URL, title or licence,
     * which belong to the page's own article. A leading heading is the teaser's own title.
     * Its id is derived from the page's article as well as its text: the same teaser on two pages is two sightings,
     * each with its own source, rather than one record whose source the later page would overwrite.
     */
    private static Article snippet(ExtractedBody teaser, SourceRef source, PageMetadata page, String pageArticleId) {
        List<Block> blocks = teaser.blocks();
        String title = null;
        if (!blocks.isEmpty() && blocks.get(0).type() == BlockType.HEADING) {
            title = teaser.text().substring(blocks.get(0).start(), blocks.get(0).end()).strip();
        }
        return Article.builder()
                .id(Article.contentId(ArticleKind.SNIPPET, pageArticleId, teaser.text()))
                .kind(ArticleKind.SNIPPET)
                .truncated(true)
                .source(source)
                .title(title)
                .publisher(page.publisher())
                .language(LanguageGuesser.language(page.language(), teaser.text()))
                .text(teaser.text())
                .blocks(blocks)
                .captions(teaser.captions())
                .warnings(teaser.warnings())
                .build();
    }

    private static ExtractedBody withWarnings(ExtractedBody b, List<String> warnings) {
        if (warnings.isEmpty()) return b;
        List<String> all = new ArrayList<>(warnings);
        all.addAll(b.warnings());
        return new ExtractedBody(b.text(), b.blocks(), b.captions(), all);
    }

    private static String first(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }
}
