package org.newsgraph.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Entity;
import org.newsgraph.pipeline.NlpDocument;

/**
 * Our own sentences as parsed by Stanford CoreNLP 4.5.10 through newsgraph-nlp (CoreNlpAnnotator, DependencyStage,
 * EntityResolver), stored in {@code parsed-sentences.jsonl} as the neutral NlpDocument and entities, so the
 * coder's tests run without CoreNLP.
 */
final class ParsedSentences {

    record Parsed(String text, NlpDocument nlp, List<Entity> entities) {

        /** The graph of the (only) sentence. */
        SentenceGraph graph() {
            return new SentenceGraph(nlp.text(), nlp.tokens(), nlp.sentences().get(0));
        }

        /** The index of the first token reading {@code word}. */
        int token(String word) {
            SentenceGraph g = graph();
            for (int i = 0; i < g.size; i++) if (g.token(i).word().equals(word)) return i;
            throw new AssertionError("no token '" + word + "' in: " + text);
        }
    }

    private static final Map<String, Parsed> PARSES = load();

    private ParsedSentences() {
    }

    static Parsed of(String text) {
        Parsed p = PARSES.get(text);
        assertThat(p).as("fixture parse of: " + text).isNotNull();
        return p;
    }

    static Set<String> texts() {
        return PARSES.keySet();
    }

    private static Map<String, Parsed> load() {
        ObjectMapper om = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        Map<String, Parsed> parses = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ParsedSentences.class.getResourceAsStream("parsed-sentences.jsonl"), StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) {
                Parsed p = om.readValue(l, Parsed.class);
                parses.put(p.text(), p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parses;
    }
}
