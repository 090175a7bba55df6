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
 * A page whose HTML shows far less text than the one {@code articleBody} it declares (built by script in the
 * browser, or paywalled) gets the declared text.
 */
public final class MainContentExtractor implements BodyExtractor {

    /**
     * When the body keeps less than this share of the page's prose, class names may have misled (page builders
     * name every box "widget", "sidebar-content" and the like), so the page is judged again without them.
     */
    private static final double MIN_PROSE_SHARE = 0.25;

    /**
     * How many times longer than the text the HTML shows a declared {@code articleBody} must be to replace it: pages
     * built by script show next to nothing but a footer, and paywalled ones only a lead, while declaring the whole
     * article; a body merely a little longer than the page's (a stale version, an extra line) is not worth trusting.
     */
    private static final int DECLARED_BODY_LONGER = 3;

    @Override
    public ExtractedBody extract(Document doc) {
        Element root = doc.body() != null ? doc.body() : doc;
        BlockCollector collector = new BlockCollector();
        if (doc.head() != null) doc.head().children().forEach(collector::noteJsonLd);
        NodeTraversor.filter(collector, root);
        List<TextBlock> blocks = collector.blocks();
        ArticleBodyHint hint = ArticleBodyHint.from(collector.jsonLd());
        boolean[] teaser = TeaserCards.find(blocks);
        BlockScores named = new BlockScores(blocks, collector.totalChars(), hint, teaser, true);
        ExtractedBody body = extract(blocks, named);
        if (proseChars(body) < MIN_PROSE_SHARE * named.pageProse) {
            ExtractedBody retry = extract(blocks, new BlockScores(blocks, collector.totalChars(), hint, teaser, false));
            if (retry.text().length() > body.text().length()) body = retry;
        }
        if (!hint.declaredBody().isBlank()) {
            ExtractedBody declared = DeclaredBody.of(hint.declaredBody());
            if (body.text().length() * DECLARED_BODY_LONGER < declared.text().length()) return declared;
        }
        return body;
    }

    private static ExtractedBody extract(List<TextBlock> blocks, BlockScores scores) {
        return BodyAssembler.assemble(blocks, scores, ContainerSelector.select(blocks, scores));
    }

    private static int proseChars(ExtractedBody body) {
        int n = 0;
        String text = body.text();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > ' ') n++;
        }
        return n;
    }
}
