package org.newsgraph.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsgraph.index.Fixtures.article;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.index.Fixtures.ArticleFixture;
import org.newsgraph.model.EntityType;

/**
 * Facets over many hits are estimated from a sample and say so; over few hits they are exact. Entity pages are kept
 * per snapshot and never outlive it. Languages filter searches.
 */
class FacetSamplingTest {
    /** Articles about the harbour: three times the sample, so their facets are estimates. */
    private static final int HARBOUR = 1500;

    @TempDir
    static Path dir;
    static KnowledgeBase kb;
    static Searcher searcher;

    @BeforeAll
    static void ingest() throws Exception {
        kb = KnowledgeBase.open(dir);
        List<ArticleFixture> all = new ArrayList<>();
        LocalDate day = LocalDate.of(2021, 1, 1);
        for (int i = 0; i < HARBOUR; i++) {
            // publishers 3:1, the mayor in one article of five, in two months of equal size
            String text = i % 5 == 0 ? "The harbour board met. Mayor Ana Lima spoke about the harbour."
                    : "The harbour board met about the harbour fees.";
            ArticleFixture a = article("harbour-" + i, "Harbour report " + i, text)
                    .publisher(i % 4 == 3 ? "Coast Weekly" : "Port Daily").published(day.plusDays(i % 60).toString())
                    .entity(EntityType.ORGANIZATION, "Harbour Board", "harbour board");
            if (i % 5 == 0) a.entity(EntityType.PERSON, "Ana Lima");
            all.add(a);
        }
        for (int i = 0; i < 40; i++) {
            all.add(article("bridge-" + i, "Bridge works " + i, "The bridge over the river closes for repairs.")
                    .publisher(i % 2 == 0 ? "Port Daily" : "River News").published("2021-06-0" + (1 + i % 9))
                    .language(i % 4 == 0 ? "pt" : "en"));
        }
        Fixtures.ingest(kb, all.toArray(ArticleFixture[]::new));
        searcher = kb.searcher();
    }

    @AfterAll
    static void close() throws Exception {
        kb.close();
    }

    @Test
    void facets_over_few_hits_are_exact_and_say_so() {
        SearchResult r = searcher.search("bridge", SearchFilters.NONE, 10, 0);
        assertThat(r.totalHits()).isEqualTo(40);
        assertThat(r.facets().sampled()).isFalse();
        assertThat(r.facets().countedHits()).isEqualTo(40);
        assertThat(counts(r.facets().publisher())).containsEntry("Port Daily", 20L).containsEntry("River News", 20L);
        assertThat(counts(r.facets().language())).containsEntry("en", 30L).containsEntry("pt", 10L);
    }

    @Test
    void facets_over_many_hits_are_estimated_from_a_sample_and_marked() {
        SearchResult r = searcher.search("harbour", SearchFilters.NONE, 10, 0);
        assertThat(r.totalHits()).isEqualTo(HARBOUR); // the total stays exact
        SearchFacets f = r.facets();
        assertThat(f.sampled()).isTrue();
        assertThat(f.countedHits()).isBetween(400L, 600L);
        Map<String, Long> publishers = counts(f.publisher());
        // 1125 and 375 in truth; a 500-hit sample is within a few percent, and never above the hits
        assertThat(publishers.get("Port Daily")).isBetween(1000L, 1250L);
        assertThat(publishers.get("Coast Weekly")).isBetween(280L, 470L);
        Map<String, Long> entities = f.entity().stream().collect(Collectors.toMap(FacetValue::label, FacetValue::count));
        assertThat(entities.get("Harbour Board")).isEqualTo(HARBOUR);
        assertThat(entities.get("Ana Lima")).isBetween(220L, 380L); // 300 in truth
        assertThat(f.month()).extracting(FacetValue::value).containsExactly("2021-01", "2021-02", "2021-03");
        assertThat(f.month().stream().mapToLong(FacetValue::count).sum()).isBetween(1350L, 1650L);
    }

    @Test
    void the_same_query_on_the_same_snapshot_gives_the_same_estimates() {
        assertThat(searcher.search("harbour", SearchFilters.NONE, 10, 0).facets())
                .isEqualTo(searcher.search("harbour", SearchFilters.NONE, 10, 0).facets());
    }

    @Test
    void co_mentions_of_an_entity_in_many_articles_are_estimated_and_marked() {
        KbEntity board = searcher.entities(null, 10, 0).items().stream()
                .filter(e -> e.name().equals("Harbour Board")).findFirst().orElseThrow();
        EntityPage page = searcher.entity(board.id(), 5).orElseThrow();
        assertThat(page.coMentionedSampled()).isTrue();
        assertThat(page.coMentioned()).singleElement().satisfies(v -> {
            assertThat(v.label()).isEqualTo("Ana Lima");
            assertThat(v.count()).isBetween(220L, 300L); // capped by Ana Lima's own 300 articles
        });
        // mentions per day stay exact: 25 articles on each of 60 days
        assertThat(page.mentionsPerDay()).hasSize(60).allSatisfy(d -> assertThat(d.articles()).isEqualTo(25));
        KbEntity lima = searcher.entities("PERSON", 10, 0).items().get(0);
        EntityPage limaPage = searcher.entity(lima.id(), 5).orElseThrow();
        assertThat(limaPage.coMentionedSampled()).isFalse();
        assertThat(limaPage.coMentioned()).extracting(FacetValue::count).containsExactly(300L);
    }

    @Test
    void a_language_filter_keeps_that_language_in_any_case_and_refuses_what_is_no_code() {
        assertThat(searcher.search("bridge", new SearchFilters(null, null, null, null, "PT"), 50, 0).totalHits())
                .isEqualTo(10);
        assertThat(searcher.search("bridge", new SearchFilters(null, null, null, null, "en-GB"), 50, 0).totalHits())
                .isEqualTo(30);
        assertThatThrownBy(() -> new SearchFilters(null, null, null, null, "english"))
                .isInstanceOf(BadQueryException.class).hasMessageContaining("'english'");
        assertThatThrownBy(() -> SearchFilters.language("lang", "e1"))
                .isInstanceOf(BadQueryException.class).hasMessageStartingWith("lang must be");
    }

    private static Map<String, Long> counts(List<FacetValue> values) {
        return values.stream().collect(Collectors.toMap(FacetValue::value, FacetValue::count));
    }
}
