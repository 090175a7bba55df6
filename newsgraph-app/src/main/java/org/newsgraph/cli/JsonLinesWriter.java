package org.newsgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Writer;
import org.newsgraph.model.Article;

/**
 * One JSON object per line with DESIGN.md's field names: snake_case, absent values written as null or [] so every
 * record has the same fields.
 */
final class JsonLinesWriter implements ArticleWriter {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private final ObjectWriter json = MAPPER.writerFor(Article.class);
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
