package org.newsgraph.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.newsgraph.model.SourceRef;

/**
 * Reads a JSON document (a {@code .json} file): one article object, an array of them, or several of either one
 * after another, laid out any way (pretty-printed across lines), with the fields {@link JsonLinesReader} takes. Each
 * article is named by the line it starts on. Unlike JSON Lines, a syntax error cannot be skipped to the next record:
 * the articles before it are kept, and the error names where reading stopped.
 */
final class JsonDocumentReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String name;

    JsonDocumentReader(String name) {
        this.name = name;
    }

    void read(InputStream in, PageSink sink) throws IOException {
        try (JsonParser parser = MAPPER.getFactory().createParser(in)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_ARRAY) {
                    while (parser.nextToken() != JsonToken.END_ARRAY) record(parser, sink);
                } else {
                    record(parser, sink);
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            sink.failure(at == null ? SourceRef.ofPath(name) : ref(at), "not valid JSON, reading stopped here ("
                    + JsonLinesReader.reason(e) + ")");
        }
    }

    private void record(JsonParser parser, PageSink sink) throws IOException {
        SourceRef ref = ref(parser.currentTokenLocation());
        JsonNode node = MAPPER.readTree(parser);
        JsonLinesReader.page(node, ref, sink);
    }

    private SourceRef ref(JsonLocation at) {
        return new SourceRef(name, at.getLineNr() > 0 ? (long) at.getLineNr() : null, null, null, null);
    }
}
