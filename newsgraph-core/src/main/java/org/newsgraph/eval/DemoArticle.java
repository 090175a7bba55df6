package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** One record of the demo-wikinews set ({@code articles.jsonl.gz}); {@code topic} is the MEANTIME topic or null. */
public record DemoArticle(String id, String title, String date, String publisher, String topic, String text) {

    public static List<DemoArticle> load(Path file) {
        ObjectMapper json = new ObjectMapper();
        List<DemoArticle> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                JsonNode r = json.readTree(line);
                out.add(new DemoArticle(text(r, "id"), text(r, "title"), text(r, "date"), text(r, "publisher"),
                        text(r, "topic"), text(r, "text")));
                if (out.get(out.size() - 1).text() == null) {
                    throw new IOException("record without text at " + file + ":" + n);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo articles from " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static String text(JsonNode r, String field) {
        JsonNode v = r.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
