package org.newsgraph.extract.html;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.newsgraph.extract.ExtractedBody;

/**
 * Finds the article text of a parsed page without changing it. The page is cut once into text blocks; each block is
 * valued by its length, punctuation, link density, the hints of its surrounding markup and, when the page declares
 * one, agreement with its JSON-LD {@code articleBody}; the element holding the most net article text is the
 * container; the container's blocks that read as prose (not labels, bylines, link lists or captions) are the body.
 */
public final class MainContentExtractor implements BodyExtractor {

    @Override
    public ExtractedBody extract(Document doc) {
        Element root = doc.body() != null ? doc.body() : doc;
        BlockCollector collector = new BlockCollector();
        if (doc.head() != null) doc.head().children().forEach(collector::noteJsonLd);
        NodeTraversor.filter(collector, root);
        List<TextBlock> blocks = collector.blocks();
        BlockScores scores = new BlockScores(blocks, collector.totalChars(), ArticleBodyHint.from(collector.jsonLd()));
        Element container = ContainerSelector.select(blocks, scores);
        return BodyAssembler.assemble(blocks, scores, container);
    }
}
