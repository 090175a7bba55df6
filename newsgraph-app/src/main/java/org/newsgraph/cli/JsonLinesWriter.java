package org.newsgraph.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.Writer;
import org.newsgraph.model.Article;
import org.newsgraph.model.RecordJson;

/**
 * One JSON object per line, in the records' JSON form ({@link RecordJson}).
 */
final class JsonLinesWriter implements ArticleWriter {

    private final ObjectWriter json = RecordJson.MAPPER.writerFor(Article.class);
    private final Writer out;

    JsonLinesWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(Article article) throws IOException {
        out.write(json.writeValueAsString(article));
        out.write('\n');
    }
}
