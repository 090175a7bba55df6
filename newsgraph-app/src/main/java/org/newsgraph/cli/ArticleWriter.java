package org.newsgraph.cli;

import java.io.IOException;
import org.newsgraph.model.Article;

/** Renders articles to the output, one at a time, in the order given. */
interface ArticleWriter {
    void write(Article article) throws IOException;
}
