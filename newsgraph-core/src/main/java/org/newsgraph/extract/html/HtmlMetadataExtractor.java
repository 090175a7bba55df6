package org.newsgraph.extract.html;

import java.util.List;
import org.jsoup.nodes.Document;
import org.newsgraph.extract.PageMetadata;

/** BASELINE to be replaced: the title element only. */
public final class HtmlMetadataExtractor implements MetadataExtractor {
    @Override
    public PageMetadata extract(Document doc, String pageUrl) {
        String title = doc.title().isBlank() ? null : doc.title();
        return new PageMetadata(title, null, List.of(), null, null, null, List.of(), null, null, null, null, null);
    }
}
