package org.newsgraph.story;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Document frequencies of terms in a general news corpus shipped with the code: the demo's 411 Wikinews articles
 * (CC BY 2.5, 2004-2020, every kind of subject). A knowledge base about one subject has that subject's words
 * ("summit", "korea") in nearly every article, so with idf from the base alone they weigh almost nothing, articles
 * of one story share little else and fall below the threshold, which was tuned with idf primed by these articles.
 * Counted into the idf beside the base's own documents, they keep a subject's words weighing as they do in news at
 * large until the base itself is several times larger.
 *
 * @param documents   how many articles were counted
 * @param frequencies each term's document frequency, terms in the order they first appear
 */
public record BackgroundTerms(int documents, Map<String, Integer> frequencies) {

    private static final String RESOURCE = "wikinews.jsonl.gz";

    public BackgroundTerms {
        frequencies = Collections.unmodifiableMap(new LinkedHashMap<>(frequencies));
    }

    /** The shipped corpus, read once per JVM. */
    public static BackgroundTerms shipped() {
        return Shipped.TERMS;
    }

    private static final class Shipped {
        static final BackgroundTerms TERMS = read(BackgroundTerms.class.getResourceAsStream(RESOURCE));
    }

    /** Counts each JSON Lines record's {@code title} and {@code text} as one document, split as articles are. */
    static BackgroundTerms read(InputStream gzippedJsonLines) {
        if (gzippedJsonLines == null) throw new IllegalStateException(RESOURCE + " is missing from the classpath");
        ObjectMapper json = new ObjectMapper();
        Map<String, Integer> frequencies = new LinkedHashMap<>();
        int documents = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzippedJsonLines),
                StandardCharsets.UTF_8))) {
            Set<String> seen = new HashSet<>();
            Terms.Sink sink = term -> {
                if (seen.add(term)) frequencies.merge(term, 1, Integer::sum);
            };
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) continue;
                JsonNode record = json.readTree(line);
                seen.clear();
                if (record.hasNonNull("title")) Terms.split(record.get("title").asText(), sink);
                if (record.hasNonNull("text")) Terms.split(record.get("text").asText(), sink);
                documents++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the story background " + RESOURCE + ": " + e.getMessage(), e);
        }
        return new BackgroundTerms(documents, frequencies);
    }
}
