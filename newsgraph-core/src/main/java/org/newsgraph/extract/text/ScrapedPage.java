package org.newsgraph.extract.text;

import java.util.List;
import org.newsgraph.extract.ExtractedBody;
import org.newsgraph.extract.PageMetadata;

/**
 * A plain-text scrape taken apart: the article's metadata and body, and the truncated teasers of other articles
 * that followed it on the page, each of which becomes its own snippet record.
 */
public record ScrapedPage(PageMetadata metadata, ExtractedBody article, List<Teaser> teasers) {

    /**
     * A teaser and where it starts in the scrape.
     *
     * @param line the input line (1-based) of its first line, its title's when it has one
     */
    public record Teaser(ExtractedBody body, int line) {
    }

    public ScrapedPage {
        teasers = List.copyOf(teasers);
    }

    public List<ExtractedBody> snippets() {
        return teasers.stream().map(Teaser::body).toList();
    }
}
