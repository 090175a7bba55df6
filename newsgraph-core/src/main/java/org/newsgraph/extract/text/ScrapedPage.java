package org.newsgraph.extract.text;

import java.util.List;
import org.newsgraph.extract.ExtractedBody;
import org.newsgraph.extract.PageMetadata;

/**
 * A plain-text scrape taken apart: the article's metadata and body, and the truncated teasers of other articles
 * that followed it on the page, each of which becomes its own snippet record.
 */
public record ScrapedPage(PageMetadata metadata, ExtractedBody article, List<ExtractedBody> snippets) {

    public ScrapedPage {
        snippets = List.copyOf(snippets);
    }
}
