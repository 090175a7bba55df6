package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.model.RawPage;

/**
 * The extraction stage: one raw page in, the article it holds plus any teaser snippets of other articles found on
 * it out. Implementations are stateless and thread-safe so the same instance serves the CLI, the server and a
 * Spark task.
 */
public interface Extractor {

    /**
     * @throws ExtractionException when the page cannot be read at all (binary, empty, undecodable); the message
     *                             names the input
     */
    List<Article> extract(RawPage page);
}
