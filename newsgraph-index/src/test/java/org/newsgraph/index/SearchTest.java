package org.newsgraph.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsgraph.index.Fixtures.article;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.EntityType;

class SearchTest {
    @TempDir
    static Path dir;
    static KnowledgeBase kb;
    static Searcher searcher;

    @BeforeAll
    static void ingest() throws Exception {
        kb = KnowledgeBase.open(dir);
        Fixtures.ingest(kb,
                article("in-title", "Volcano erupts near Reykjavik",
                        "Ash covered farms near Reykjavik after the volcano woke on Tuesday, officials in Iceland said.")
                        .publisher("Daily Planet").published("2019-05-02")
                        .entity(EntityType.LOCATION, "Iceland").entity(EntityType.LOCATION, "Reykjavik"),
                article("in-text", "Airlines reroute flights",
                        "Ash from the volcano closed airspace on Tuesday, regulators in Brussels said.")
                        .publisher("Evening Post").published("2019-06-10T08:30:00+02:00")
                        .entity(EntityType.LOCATION, "Brussels"),
                article("later", "Tourists flock to volcano",
                        "Guides say the volcano draws visitors. The volcano is quiet; volcanoes often are.")
                        .publisher("evening post").published("2020-01-03").language("de")
                        .entity(EntityType.LOCATION, "Iceland", "volcano"),
                article("other", "Council approves new bridge",
                        "The city council in Brussels approved a bridge over the river on Monday.")
                        .publisher("Daily Planet").published("2020-02-01")
                        .entity(EntityType.LOCATION, "Brussels"));
        searcher = kb.searcher();
    }

    @AfterAll
    static void close() throws Exception {
        kb.close();
    }

    @Test
    void a_match_in_the_title_ranks_above_the_same_match_in_the_text_only() {
        SearchResult r = searcher.search("ash volcano", SearchFilters.NONE, 10, 0);
        assertThat(r.hits()).extracting(SearchHit::id).containsExactly("in-title", "in-text");
        assertThat(r.totalHits()).isEqualTo(2);
    }

    @Test
    void stemming_finds_plural_and_singular_forms() {
        assertThat(searcher.search("volcanoes", SearchFilters.NONE, 10, 0).totalHits()).isEqualTo(3);
    }

    @Test
    void snippets_mark_the_matched_words_at_their_offsets() {
        SearchHit hit = searcher.search("airspace", SearchFilters.NONE, 10, 0).hits().get(0);
        Snippet s = hit.snippets().get(0);
        assertThat(s.highlights()).hasSize(1);
        assertThat(s.highlights().get(0).of(s.text())).isEqualTo("airspace");
        StoredArticle stored = searcher.article(hit.id()).orElseThrow();
        assertThat(stored.article().article().text().substring(s.start(), s.start() + s.text().length()))
                .isEqualTo(s.text());
    }

    @Test
    void facets_count_every_hit_by_publisher_month_language_and_entity() {
        SearchFacets f = searcher.search("volcano", SearchFilters.NONE, 1, 0).facets();
        assertThat(f.publisher()).containsExactlyInAnyOrder(new FacetValue("Daily Planet", "Daily Planet", 1),
                new FacetValue("Evening Post", "Evening Post", 1), new FacetValue("evening post", "evening post", 1));
        assertThat(f.month()).extracting(FacetValue::value).containsExactly("2019-05", "2019-06", "2020-01");
        assertThat(f.language()).extracting(FacetValue::value, FacetValue::count)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("en", 2L),
                        org.assertj.core.groups.Tuple.tuple("de", 1L));
        assertThat(f.entity()).extracting(FacetValue::label, FacetValue::count).first()
                .isEqualTo(org.assertj.core.groups.Tuple.tuple("Iceland", 2L));
    }

    @Test
    void filters_restrict_by_publisher_case_insensitively_by_dates_and_by_entity() {
        assertThat(searcher.search("volcano", new SearchFilters(null, "EVENING POST", null, null), 10, 0).hits())
                .extracting(SearchHit::id).containsExactlyInAnyOrder("in-text", "later");
        assertThat(searcher.search("", new SearchFilters(null, null, LocalDate.parse("2019-06-10"),
                LocalDate.parse("2020-01-03")), 10, 0).hits())
                .extracting(SearchHit::id).containsExactly("later", "in-text");
        assertThat(searcher.search("", new SearchFilters("brussels", null, null, null), 10, 0).hits())
                .extracting(SearchHit::id).containsExactly("other", "in-text");
        assertThat(searcher.search("", new SearchFilters("Atlantis", null, null, null), 10, 0).totalHits()).isZero();
    }

    @Test
    void an_empty_query_lists_everything_newest_first_and_pages() {
        SearchResult page2 = searcher.search(" ", SearchFilters.NONE, 2, 2);
        assertThat(page2.totalHits()).isEqualTo(4);
        assertThat(page2.hits()).extracting(SearchHit::id).containsExactly("in-text", "in-title");
    }

    @Test
    void bad_queries_fail_with_a_message_naming_the_problem() {
        assertThatThrownBy(() -> searcher.search("volcano AND (", SearchFilters.NONE, 10, 0))
                .isInstanceOf(BadQueryException.class).hasMessageContaining("volcano AND (");
        assertThatThrownBy(() -> searcher.search("x", SearchFilters.NONE, 0, 0))
                .isInstanceOf(BadQueryException.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> searcher.search("x", SearchFilters.NONE, 10, 20_000))
                .isInstanceOf(BadQueryException.class).hasMessageContaining("offset");
        assertThatThrownBy(() -> new SearchFilters(null, null, LocalDate.parse("2020-01-02"),
                LocalDate.parse("2020-01-01"))).isInstanceOf(BadQueryException.class);
        assertThatThrownBy(() -> SearchFilters.date("from", "yesterday"))
                .isInstanceOf(BadQueryException.class).hasMessageContaining("yesterday");
        assertThatThrownBy(() -> searcher.quotes(null, "\"unbalanced", 10, 0))
                .isInstanceOf(BadQueryException.class);
    }
}
