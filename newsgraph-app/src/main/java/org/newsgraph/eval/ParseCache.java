package org.newsgraph.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.Entity;
import org.newsgraph.pipeline.NlpDocument;

/**
 * Parses of the gold sentences kept as JSON Lines ({@code {"id", "nlp", "entities"}}), so the coder can be scored
 * again without re-running the parser. A cache that does not cover every gold text is rejected, not patched.
 */
final class ParseCache {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private record Line(String id, NlpDocument nlp, List<Entity> entities) {
    }

    private ParseCache() {
    }

    static List<EventBenchmark.Parsed> read(Path file, List<GsrRecord> gold) throws IOException {
        // keyed by text: the gold file repeats an id (PLOVER-GSR01-COERCE-0004) for two sentences
        Map<String, Line> byText = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String l; (l = r.readLine()) != null; ) if (!l.isBlank()) {
                Line line = JSON.readValue(l, Line.class);
                byText.put(line.nlp().text(), line);
            }
        }
        List<EventBenchmark.Parsed> out = new ArrayList<>(gold.size());
        for (GsrRecord g : gold) {
            Line l = byText.get(g.text());
            if (l == null) {
                throw new IOException(file + ": no parse of " + g.id() + " for its current text; delete the cache");
            }
            out.add(new EventBenchmark.Parsed(g, l.nlp(), l.entities()));
        }
        return out;
    }

    static void write(Path file, List<EventBenchmark.Parsed> parsed) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (EventBenchmark.Parsed p : parsed) {
                w.write(JSON.writeValueAsString(new Line(p.gold().id(), p.nlp(), p.entities())));
                w.write('\n');
            }
        }
    }
}
