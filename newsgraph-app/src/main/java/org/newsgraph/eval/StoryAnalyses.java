package org.newsgraph.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.nlp.Analyzer;

/**
 * The entities the NLP stage resolves in the story benchmark's documents, computed once with the production
 * {@link Analyzer} (CRF NER and the entity resolver, as ingest runs them) and kept as JSON Lines
 * ({@code {"id", "text", "entities"}}), so the clusterer can be scored and tuned again without re-running CoreNLP
 * (about three minutes on two threads for ECB+ and its background). A cache that does not cover every document with
 * its current text is rejected, not patched.
 */
public final class StoryAnalyses {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** The NLP output of one document that story clustering can use. */
    public record Doc(String id, String text, List<Entity> entities) {
    }

    private StoryAnalyses() {
    }

    /**
     * The analyses of {@code articles} by id: read from {@code cache} when it exists, else computed on
     * {@code threads} threads and written there.
     */
    public static Map<String, Doc> load(Path cache, List<Article> articles, int threads, PrintStream log)
            throws IOException {
        if (Files.isRegularFile(cache)) return read(cache, articles);
        log.printf("analysing %d documents with the NLP stage (no dependency parse), %d threads ...%n",
                articles.size(), threads);
        long t0 = System.nanoTime();
        Analyzer analyzer = new Analyzer(false);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Doc>> futures = new ArrayList<>();
        try {
            for (Article a : articles) {
                futures.add(pool.submit(() -> {
                    return new Doc(a.id(), a.text(), analyzer.analyze(a).analysis().entities());
                }));
            }
            Map<String, Doc> out = new LinkedHashMap<>();
            for (Future<Doc> f : futures) {
                Doc d = f.get();
                out.put(d.id(), d);
            }
            write(cache, out.values());
            log.printf("  done in %.0f s, cached in %s%n", (System.nanoTime() - t0) / 1e9, cache);
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("analysis interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("analysis failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, Doc> read(Path cache, List<Article> articles) throws IOException {
        Map<String, Doc> byId = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(cache, StandardCharsets.UTF_8)) {
            for (String l; (l = r.readLine()) != null; ) {
                if (!l.isBlank()) {
                    Doc d = JSON.readValue(l, Doc.class);
                    byId.put(d.id(), d);
                }
            }
        }
        for (Article a : articles) {
            Doc d = byId.get(a.id());
            if (d == null || !d.text().equals(a.text())) {
                throw new IOException(cache + ": no analysis of " + a.id() + " for its current text; delete the cache");
            }
        }
        return byId;
    }

    private static void write(Path cache, Iterable<Doc> docs) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(cache, StandardCharsets.UTF_8)) {
            for (Doc d : docs) {
                w.write(JSON.writeValueAsString(d));
                w.write('\n');
            }
        }
    }
}
