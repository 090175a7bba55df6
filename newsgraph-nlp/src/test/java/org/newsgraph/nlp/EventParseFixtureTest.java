package org.newsgraph.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Analysis;
import org.newsgraph.nlp.entity.EntityResolver;
import org.newsgraph.pipeline.Annotated;
import org.newsgraph.pipeline.NlpDocument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The event coder's tests in newsgraph-core run on parses stored in {@code parsed-sentences.jsonl}, so that core
 * needs no CoreNLP. This test parses every stored sentence again with this module's stages and requires the same
 * tokens, tags, dependencies and entities, so the fixture is reproducible and a change to the NLP stages that would
 * make the coder see other parses fails here instead of drifting unnoticed. Run with
 * {@code -Dnewsgraph.fixture.write=true} to rewrite the fixture (after adding sentences to it: a line needs only
 * {@code {"text": ...}}).
 */
class EventParseFixtureTest {

    private static final Path FIXTURE = Path.of("..", "newsgraph-core", "src", "test", "resources", "org",
            "newsgraph", "events", "parsed-sentences.jsonl");

    private final ObjectMapper json = new ObjectMapper();
    private final CoreNlpAnnotator annotator = new CoreNlpAnnotator();
    private final DependencyStage dependencies = new DependencyStage();
    private final EntityResolver entities = new EntityResolver();

    @Test
    void stored_event_parses_are_what_the_nlp_stages_produce_today() throws IOException {
        assumeTrue(Files.isRegularFile(FIXTURE), FIXTURE + " absent (run from the module directory)");
        boolean write = Boolean.getBoolean("newsgraph.fixture.write");
        List<String> rewritten = new ArrayList<>();
        int compared = 0;
        for (String line : Files.readAllLines(FIXTURE, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode stored = withSortedLayers(json.readTree(line));
            JsonNode parsed = withSortedLayers(parse(stored.get("text").asText()));
            if (write) {
                rewritten.add(json.writeValueAsString(parsed));
            } else {
                assertThat(parsed).as("parse of %s", stored.get("text")).isEqualTo(stored);
                compared++;
            }
        }
        if (write) {
            Files.write(FIXTURE, rewritten, StandardCharsets.UTF_8);
        } else {
            assertThat(compared).isGreaterThan(0);
        }
    }

    /** Layers are a set, serialised in hash order: compare and store them sorted. */
    private JsonNode withSortedLayers(JsonNode line) {
        ObjectNode nlp = (ObjectNode) line.get("nlp");
        if (nlp == null) return line; // a sentence added but not parsed yet: differs from its parse until written
        List<String> layers = new ArrayList<>();
        nlp.get("layers").forEach(l -> layers.add(l.asText()));
        layers.sort(null);
        nlp.set("layers", json.valueToTree(layers));
        return line;
    }

    private JsonNode parse(String text) {
        NlpDocument doc = annotator.annotate(text);
        doc = dependencies.apply(new Annotated(null, doc, Analysis.EMPTY)).nlp();
        ObjectNode line = json.createObjectNode();
        line.put("text", text);
        line.set("nlp", json.valueToTree(doc));
        line.set("entities", json.valueToTree(entities.resolve(doc).entities()));
        return line;
    }
}
