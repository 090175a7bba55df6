package org.newsgraph.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.extract.Licenses;
import org.newsgraph.model.PageFormat;
import org.newsgraph.model.PageHints;
import org.newsgraph.model.RawPage;
import org.newsgraph.model.SourceRef;

/**
 * Reads a JSON Lines data set: one article per line with {@code text} or {@code html}, plus optional {@code id},
 * {@code url}, {@code title}, {@code date}, {@code authors} (list or string), {@code publisher} and
 * {@code license}, which become {@link PageHints}. A bad line is reported by its 1-based number and the rest is
 * read on.
 */
final class JsonLinesReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern REDACTED_SOURCE = Pattern.compile("Source: REDACTED \\([^)]*\\)[;,]? ?");

    private final String name;
    private final SourceOptions options;

    JsonLinesReader(String name, SourceOptions options) {
        this.name = name;
        this.options = options;
    }

    void read(InputStream in, PageSink sink) throws IOException {
        LineReader lines = new LineReader(in, options.maxPageBytes());
        long number = 0;
        for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
            number++;
            SourceRef ref = new SourceRef(name, number, null, null, null);
            if (line.tooLong()) {
                sink.failure(ref, "line larger than the " + options.describeCap() + " page limit");
            } else if (!isBlank(line)) {
                readLine(line, ref, sink);
            }
        }
    }

    private static void readLine(LineReader.Line line, SourceRef ref, PageSink sink) {
        JsonNode node;
        try {
            node = MAPPER.readTree(line.bytes(), 0, line.length());
        } catch (JsonProcessingException e) {
            sink.failure(ref, "not valid JSON (" + reason(e) + ")");
            return;
        } catch (IOException e) {
            sink.failure(ref, "unreadable line (" + e.getMessage() + ")");
            return;
        }
        page(node, ref, sink);
    }

    /** One article from its JSON object ({@link JsonDocumentReader} reads them out of whole documents too). */
    static void page(JsonNode node, SourceRef ref, PageSink sink) {
        if (node == null || !node.isObject()) {
            sink.failure(ref, "not a JSON object");
            return;
        }
        String html = node.path("html").isTextual() ? node.get("html").asText() : null;
        String text = node.path("text").isTextual() ? node.get("text").asText() : null;
        String body = html != null ? html : text;
        if (body == null) {
            sink.failure(ref, "neither \"text\" nor \"html\" is a string");
            return;
        }
        if (body.isBlank()) {
            sink.failure(ref, "empty \"" + (html != null ? "html" : "text") + "\"");
            return;
        }
        PageHints hints = new PageHints(string(node, "id"), string(node, "url"), string(node, "title"),
                string(node, "date") != null ? string(node, "date") : string(node, "published"),
                authors(node.get("authors")), string(node, "publisher"), license(string(node, "license")));
        SourceRef where = new SourceRef(ref.path(), ref.line(), hints.id(), null, hints.url());
        sink.page(new RawPage(where, html != null ? PageFormat.HTML : PageFormat.TEXT,
                body.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8.name(), hints));
    }

    /** Jackson's message without its note that it leaves the input out of locations, which only confuses a reader. */
    static String reason(JsonProcessingException e) {
        return REDACTED_SOURCE.matcher(e.getOriginalMessage()).replaceAll("");
    }

    /** A field as text: strings as they are, numbers spelled out (ids are often numeric), else null. */
    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !(v.isTextual() || v.isNumber())) return null;
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static List<String> authors(JsonNode v) {
        List<String> out = new ArrayList<>();
        if (v == null) return out;
        if (v.isArray()) {
            for (JsonNode a : v) {
                if (a.isTextual() && !a.asText().isBlank()) out.add(a.asText().strip());
            }
        } else if (v.isTextual() && !v.asText().isBlank()) {
            out.add(v.asText().strip());
        }
        return out;
    }

    /** Licences given as CC links or names become SPDX ids; anything else is kept as the data set states it. */
    private static String license(String v) {
        if (v == null) return null;
        String spdx = Licenses.fromUrl(v);
        if (spdx == null) spdx = Licenses.fromText(v);
        return spdx != null ? spdx : v;
    }

    private static boolean isBlank(LineReader.Line line) {
        for (int i = 0; i < line.length(); i++) {
            byte b = line.bytes()[i];
            if (b != ' ' && b != '\t' && b != '\r') return false;
        }
        return true;
    }
}
