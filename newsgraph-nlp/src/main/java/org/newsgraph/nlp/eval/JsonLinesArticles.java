package org.newsgraph.nlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsgraph.model.Article;
import org.newsgraph.model.SourceRef;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Articles from a JSON Lines data set ({@code text} plus optional {@code id}, {@code url}, {@code title},
 * {@code date}, {@code publisher}, {@code language}), gzipped or not: the evaluation and benchmark inputs.
 */
public final class JsonLinesArticles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLinesArticles() {
    }

    public static List<Article> read(Path file, int limit) {
        List<Article> out = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file);
             BufferedReader r = new BufferedReader(new InputStreamReader(
                     file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw, StandardCharsets.UTF_8))) {
            long lineNo = 0;
            for (String line; (line = r.readLine()) != null && (limit <= 0 || out.size() < limit); ) {
                lineNo++;
                if (line.isBlank()) continue;
                JsonNode n = JSON.readTree(line);
                String text = n.path("text").asText("");
                out.add(Article.builder().id(n.path("id").asText(null)).url(n.path("url").asText(null))
                        .title(n.path("title").asText(null)).published(n.path("date").asText(null))
                        .publisher(n.path("publisher").asText(null)).language(n.path("language").asText(null))
                        .source(new SourceRef(file.toString(), lineNo, n.path("id").asText(null), null,
                                n.path("url").asText(null)))
                        .text(text).build());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        return out;
    }
}
