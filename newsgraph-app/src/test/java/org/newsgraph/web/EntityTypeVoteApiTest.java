package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.ExportCommand;
import org.newsgraph.index.IngestService;
import org.newsgraph.index.KnowledgeBase;
import org.newsgraph.index.internal.EntityResolver;
import org.newsgraph.index.internal.Json;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.SourceRef;
import picocli.CommandLine;

/**
 * The entities listing, an entity page and the CLI's export over a base where two articles type "White House"
 * differently: what {@code newsgraph analyze} made of two news stories (white-house-articles.jsonl, 2026-11-25), an
 * organisation three times in wh1 and a place twice in wh2.
 */
class EntityTypeVoteApiTest {
    @TempDir
    Path dir;

    private void ingest() throws Exception {
        Path jsonl = Path.of(getClass().getResource("white-house-articles.jsonl").toURI());
        try (KnowledgeBase kb = KnowledgeBase.open(dir); IngestService ingest = kb.ingest("api-test", 10)) {
            for (String line : Files.readAllLines(jsonl)) {
                ObjectNode node = (ObjectNode) Json.MAPPER.readTree(line);
                Article a = Json.MAPPER.treeToValue(node, Article.class);
                ingest.ingest(new AnalyzedArticle(a, Json.MAPPER.treeToValue(node, Analysis.class)),
                        a.text().getBytes(StandardCharsets.UTF_8), SourceRef.ofPath(a.id()));
            }
        }
    }

    @Test
    void the_listing_the_page_and_the_export_show_one_entity_with_the_other_type_it_was_given() throws Exception {
        ingest();
        String placeId = EntityResolver.idOf("LOCATION|white house");
        String bodyId = EntityResolver.idOf("ORGANIZATION|white house");
        try (ServedBase served = ServedBase.serve(dir)) {
            JsonNode listing = served.ok("/api/entities?name=white%20house");
            assertThat(listing.path("total").asInt()).isEqualTo(1);
            JsonNode entity = listing.path("items").get(0);
            assertThat(entity.path("id").asText()).isEqualTo(bodyId);
            assertThat(entity.path("type").asText()).isEqualTo("ORGANIZATION");
            assertThat(entity.path("articles").asInt()).isEqualTo(2);
            assertThat(entity.path("also_typed").path("LOCATION").asInt()).isEqualTo(1);
            assertThat(served.ok("/api/entities?type=location&name=white%20house").path("total").asInt()).isZero();
            // a link made when the place had its own entity opens the one entity
            JsonNode page = served.ok("/api/entities/" + placeId);
            assertThat(page.path("entity").path("id").asText()).isEqualTo(bodyId);
            assertThat(page.path("mentions_per_day")).hasSize(2);
            assertThat(served.ok("/api/search?entity=" + placeId).path("total_hits").asInt()).isEqualTo(2);
            // each article keeps the type it gave, under the one id
            JsonNode wh2 = served.ok("/api/articles/wh2").path("article").path("entities");
            assertThat(wh2.findValuesAsText("type")).contains("LOCATION");
            assertThat(wh2.findValuesAsText("id")).contains(bodyId);
        }
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new ExportCommand());
        cli.setOut(new PrintWriter(out, true));
        assertThat(cli.execute("--what", "entities", "--data", dir.toString())).isZero();
        List<String> lines = out.toString().lines().filter(l -> l.contains("White House")).toList();
        assertThat(lines).singleElement().asString().contains("\"type\":\"ORGANIZATION\"")
                .contains("\"also_typed\":{\"LOCATION\":1}");
    }
}
