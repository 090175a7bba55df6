package org.newsgraph.extract.text;

import java.util.List;
import org.newsgraph.extract.ExtractedBody;
import org.newsgraph.extract.PageMetadata;
import org.newsgraph.model.Block;
import org.newsgraph.model.BlockType;

/** BASELINE to be replaced: the whole scrape as one paragraph. */
public final class TextScrapeExtractor implements ScrapeParser {
    @Override
    public ScrapedPage parse(String text) {
        String body = text.strip();
        List<Block> blocks = body.isEmpty() ? List.of() : List.of(new Block(BlockType.PARAGRAPH, 0, body.length()));
        return new ScrapedPage(PageMetadata.EMPTY, new ExtractedBody(body, blocks, List.of(), List.of()), List.of());
    }
}
