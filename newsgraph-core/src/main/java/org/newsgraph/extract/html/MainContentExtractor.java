package org.newsgraph.extract.html;

import java.util.List;
import org.jsoup.nodes.Document;
import org.newsgraph.extract.ExtractedBody;
import org.newsgraph.model.Block;
import org.newsgraph.model.BlockType;

/** BASELINE to be replaced: the whole body text as one paragraph. */
public final class MainContentExtractor implements BodyExtractor {
    @Override
    public ExtractedBody extract(Document doc) {
        String text = doc.body() == null ? "" : doc.body().text();
        List<Block> blocks = text.isEmpty() ? List.of() : List.of(new Block(BlockType.PARAGRAPH, 0, text.length()));
        return new ExtractedBody(text, blocks, List.of(), List.of());
    }
}
