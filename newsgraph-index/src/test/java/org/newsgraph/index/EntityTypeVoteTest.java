package org.newsgraph.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.index.internal.Json;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.SourceRef;

/**
 * One entity per name across the base ({@code internal.TypeVote}), on what {@code newsgraph analyze} made of short
 * news stories (type-vote-articles.jsonl, 2026-11-25; ids set to the stories' names): "White House" is an
 * organisation in wh1 and wh3 and a place in wh2; "Darwin" a person in da1 (the city), the city in da3, "Charles
 * Darwin" in da2; "Jordan" the kingdom in jo2 and the basketball player in jp1; "Chelsea" the club (li1, ch2, read
 * as a person there) and the district (ch1); "Estée Lauder" the company in el1 and the woman in el2 ("she died in
 * 2004"); "Forest Green" the club in fg1 and "a village in Surrey" in fg2.
 */
class EntityTypeVoteTest {
    private static final Map<String, AnalyzedArticle> ANALYSED = analysed();

    @TempDir
    Path dir;

    private static Map<String, AnalyzedArticle> analysed() {
        Map<String, AnalyzedArticle> out = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                EntityTypeVoteTest.class.getResourceAsStream("type-vote-articles.jsonl")), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                ObjectNode node = (ObjectNode) Json.MAPPER.readTree(line);
                Article article = Json.MAPPER.treeToValue(node, Article.class);
                out.put(article.id(), new AnalyzedArticle(article, Json.MAPPER.treeToValue(node, Analysis.class)));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** Stores the stories under pipeline {@code version}; a story given as "-wh1" is removed (its input stores none). */
    private static void ingest(KnowledgeBase kb, String version, String... ids) throws Exception {
        try (IngestService ingest = kb.ingest(version, 100)) {
            for (String id : ids) {
                boolean removed = id.startsWith("-");
                AnalyzedArticle a = ANALYSED.get(removed ? id.substring(1) : id);
                byte[] raw = a.article().text().getBytes(StandardCharsets.UTF_8);
                ingest.ingest(raw, SourceRef.ofPath(a.article().id()), removed ? List.of() : List.of(a));
            }
        }
    }

    private static KbEntity named(KnowledgeBase kb, String name) {
        List<KbEntity> found = kb.searcher().entities(null, name, 100, 0).items().stream()
                .filter(e -> e.name().equals(name)).toList();
        assertThat(found).as(name).hasSize(1);
        return found.get(0);
    }

    private static List<String> hitsOf(KnowledgeBase kb, String entity) {
        return kb.searcher().search(null, new SearchFilters(entity, null, null, null, null), 10, 0).hits().stream()
                .map(SearchHit::id).sorted().toList();
    }

    @Test
    void a_later_article_turns_the_vote_and_the_old_id_still_finds_the_entity() throws Exception {
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            ingest(kb, "v1", "wh2");
            KbEntity place = named(kb, "White House");
            assertThat(place.type()).isEqualTo("LOCATION");
            assertThat(place.alsoTyped()).isEmpty();

            // wh1 calls it an organisation three times, against wh2's two mentions as a place
            ingest(kb, "v1", "wh1");
            KbEntity body = named(kb, "White House");
            assertThat(body.type()).isEqualTo("ORGANIZATION");
            assertThat(body.id()).isNotEqualTo(place.id());
            assertThat(body.articles()).isEqualTo(2);
            assertThat(body.mentions()).isEqualTo(5);
            assertThat(body.alsoTyped()).containsExactly(Map.entry("LOCATION", 1L));
            assertThat(kb.searcher().entities("LOCATION", "white house", 10, 0).items()).isEmpty();
            StringWriter json = new StringWriter();
            StringWriter csv = new StringWriter();
            kb.exporter().export(ExportKind.ENTITIES, ExportFormat.JSONL, json);
            kb.exporter().export(ExportKind.ENTITIES, ExportFormat.CSV, csv);
            assertThat(json.toString()).contains("\"also_typed\":{\"LOCATION\":1}");
            assertThat(csv.toString()).contains(",LOCATION:1,");
            // the place's id, in links made before, is the same entity: page, search filter and lookup
            assertThat(kb.searcher().entity(place.id(), 5))
                    .hasValueSatisfying(p -> assertThat(p.entity()).isEqualTo(body));
            assertThat(hitsOf(kb, place.id())).containsExactly("wh1", "wh2");
            assertThat(hitsOf(kb, body.id())).containsExactly("wh1", "wh2");
            assertThat(kb.searcher().entitiesFor("White House")).containsExactly(body);
            // the article's own analysis keeps what it said, linked to the base's entity
            Entity inWh2 = kb.searcher().article("wh2").orElseThrow().article().analysis().entities().stream()
                    .filter(e -> e.name().equals("White House")).findFirst().orElseThrow();
            assertThat(inWh2.type()).isEqualTo(EntityType.LOCATION);
            assertThat(inWh2.id()).isEqualTo(body.id());

            // removing wh1 turns it back: the place again, under its own id
            ingest(kb, "v2", "-wh1", "wh2");
            KbEntity again = named(kb, "White House");
            assertThat(again).isEqualTo(place);
            assertThat(kb.searcher().entity(body.id(), 5)).isEmpty();
        }
    }

    @Test
    void a_rebuilt_base_votes_the_same_whatever_the_order() throws Exception {
        String[] all = ANALYSED.keySet().toArray(String[]::new);
        List<KbEntity> forward;
        try (KnowledgeBase kb = KnowledgeBase.open(dir.resolve("a"))) {
            ingest(kb, "v1", all);
            forward = kb.searcher().entities(null, 1000, 0).items();
            // reindex: every input again under a newer pipeline, replacing what the older stored
            ingest(kb, "v2", all);
            assertThat(kb.searcher().entities(null, 1000, 0).items()).isEqualTo(forward);
        }
        List<String> backward = new ArrayList<>(List.of(all));
        Collections.reverse(backward);
        try (KnowledgeBase kb = KnowledgeBase.open(dir.resolve("b"))) {
            ingest(kb, "v1", backward.toArray(String[]::new));
            assertThat(kb.searcher().entities(null, 1000, 0).items()).containsExactlyInAnyOrderElementsOf(forward);
        }
    }

    @Test
    void a_person_read_without_evidence_joins_the_place_but_a_person_with_evidence_or_a_countrys_name_stays()
            throws Exception {
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            ingest(kb, "v1", "da1", "da3", "jo2", "jp1", "li1", "ch1", "ch2");
            // da1's "Darwin" is the city the tagger read as a person
            KbEntity darwin = named(kb, "Darwin");
            assertThat(darwin.type()).isEqualTo("LOCATION");
            assertThat(darwin.articles()).isEqualTo(2);
            assertThat(darwin.alsoTyped()).containsExactly(Map.entry("PERSON", 1L));
            // the player and the kingdom
            assertThat(kb.searcher().entities(null, "jordan", 10, 0).items()).extracting(KbEntity::type)
                    .containsExactlyInAnyOrder("PERSON", "LOCATION");
            // the club, read as a person in ch2, is the club; the district of ch1 stays a place of its own
            List<KbEntity> chelsea = kb.searcher().entities(null, "chelsea", 10, 0).items().stream()
                    .filter(e -> e.name().equals("Chelsea")).toList();
            assertThat(chelsea).extracting(KbEntity::type).containsExactly("ORGANIZATION", "LOCATION");
            assertThat(chelsea.get(0).articles()).isEqualTo(2);
            assertThat(chelsea.get(0).alsoTyped()).containsExactly(Map.entry("PERSON", 1L));
            assertThat(chelsea.get(1).alsoTyped()).isEmpty();

            // once the base names Charles Darwin in full, a "Darwin" read as a person may be him: it leaves the city
            ingest(kb, "v1", "da2");
            assertThat(named(kb, "Darwin").alsoTyped()).isEmpty();
            assertThat(named(kb, "Darwin").type()).isEqualTo("LOCATION");
            assertThat(named(kb, "Darwin").articles()).isEqualTo(1);
        }
    }

    @Test
    void names_an_article_holds_in_two_types_stay_two_entities() throws Exception {
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            Fixtures.ingest(kb,
                    Fixtures.article("k2", "Flood warning", "Lincoln braced for floods.")
                            .entity(EntityType.LOCATION, "Lincoln"),
                    Fixtures.article("k3", "Speech", "Lincoln spoke for an hour.")
                            .entity(EntityType.PERSON, "Lincoln"));
            assertThat(kb.searcher().entities(null, "lincoln", 10, 0).items()).extracting(KbEntity::type)
                    .containsExactly("LOCATION");
            // an article whose resolver kept the person apart from the city: the base keeps them apart too
            Fixtures.ingest(kb, Fixtures.article("k1", "Visit", "Lincoln toured Lincoln on Friday.")
                    .entity(EntityType.PERSON, "Lincoln", "Lincoln toured")
                    .entity(EntityType.LOCATION, "Lincoln", "Lincoln on"));
            assertThat(kb.searcher().entities(null, "lincoln", 10, 0).items()).extracting(KbEntity::type)
                    .containsExactlyInAnyOrder("PERSON", "LOCATION");
        }
    }

    @Test
    void a_person_a_pronoun_points_at_and_a_village_described_as_one_stay_apart_from_the_company_and_the_club()
            throws Exception {
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            ingest(kb, "v1", "el1", "el2", "fg1", "fg2");
            assertThat(kb.searcher().entities(null, "estee lauder", 10, 0).items()).extracting(KbEntity::type)
                    .containsExactlyInAnyOrder("ORGANIZATION", "PERSON");
            assertThat(kb.searcher().entities(null, "forest green", 10, 0).items()).extracting(KbEntity::type)
                    .containsExactlyInAnyOrder("ORGANIZATION", "LOCATION");
            assertThat(kb.searcher().entities(null, 100, 0).items()).allSatisfy(e ->
                    assertThat(e.alsoTyped()).isEmpty());
        }
    }
}
