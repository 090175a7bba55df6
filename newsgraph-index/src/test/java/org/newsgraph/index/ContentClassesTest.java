package org.newsgraph.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.index.Fixtures.article;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.index.Fixtures.ArticleFixture;
import org.newsgraph.index.internal.Snapshot;
import org.newsgraph.index.internal.Snapshots;
import org.newsgraph.model.SourceRef;

/**
 * A ranked search scoring one article per exact-content class gives what scoring every article gives: the same page,
 * {@code total_hits} and {@code copies_folded}, and exact facets up to the sample size. Both paths run on one index
 * of exact copies, near copies, texts that score alike without being equal, singletons and a replaced article.
 */
class ContentClassesTest {
    // copies are found from 20 shingles of five words up: each text is long enough to be copied
    private static final String FLOOD = "The river flooded the town square after the storm. Residents cleared mud "
            + "from the river bank while the storm moved east. Shop owners counted the damage to their stock and "
            + "the mayor asked volunteers to bring sandbags to the lower streets before the next high tide.";
    private static final String BRIDGE = "Police closed the bridge after the storm damaged the river wall near the "
            + "old mill, and traffic went round by the town. Engineers will inspect the arches on Tuesday, and "
            + "buses to the station run on the northern road until the council says the crossing is safe.";
    private static final String ELECTION = "Election results were announced in the town hall on Monday evening "
            + "after a long count of the postal votes. The turnout was the highest in twenty years, and the new "
            + "councillors take their seats at the first meeting of the autumn session next month.";
    private static final String HARBOUR = "The harbour board met to discuss the storm damage to the harbour wall "
            + "and the fees for moorings next year. Fishermen asked for a delay until the repairs are paid for, and "
            + "the board agreed to publish its accounts before the vote in the spring.";

    @TempDir
    static Path dir;
    static KnowledgeBase kb;

    @BeforeAll
    static void ingest() throws Exception {
        kb = KnowledgeBase.open(dir);
        List<ArticleFixture> all = new ArrayList<>();
        String[] publishers = {"Port Daily", "River News", "Coast Weekly"};
        for (int i = 0; i < 12; i++) {
            // interleaved, so each class's members (and its lowest document) spread over segments
            all.add(copy("flood-" + i, "River floods town", FLOOD, publishers[i % 3], i));
            if (i < 4) all.add(copy("flood-near-" + i, "River floods town", FLOOD + " Officials promised help.",
                    publishers[(i + 1) % 3], i));
            if (i < 7) all.add(copy("bridge-" + i, "Bridge closed", BRIDGE, publishers[i % 2], i + 3));
            if (i < 5) all.add(copy("election-" + i, "Election results", ELECTION, publishers[i % 3], i + 1));
            if (i < 3) {
                // the same words in another order: equal scores, other classes (and copy groups)
                all.add(copy("storm-a-" + i, "Storm report", "storm river police town", publishers[0], i));
                all.add(copy("storm-b-" + i, "Storm report", "town police river storm", publishers[1], i));
            }
            all.add(copy("single-" + i, "Storm note " + i, "The storm passed over the river " + "quietly ".repeat(i)
                    + "at night.", publishers[i % 3], i));
        }
        all.add(copy("election-other-title", "Election news", ELECTION, publishers[2], 9));
        try (IngestService ingest = kb.ingest("test-1", 5)) {
            for (ArticleFixture f : all) ingest.ingest(f.build(), f.raw(), SourceRef.ofPath("fixture"));
        }
        List<ArticleFixture> harbour = new ArrayList<>();
        for (int i = 0; i < 1100; i++) {
            // more hits than twice the facet sample, so the sample draws one hit of every two or more
            harbour.add(copy("harbour-" + i, "Harbour board meets", HARBOUR, publishers[i % 4 == 3 ? 2 : 0], i % 50));
        }
        Fixtures.ingest(kb, harbour.toArray(ArticleFixture[]::new));
        // replaced articles leave deleted documents behind: one copy becomes another class, one a new text, and one
        // class loses its representative (its lowest document, flood-0, comes back last with the same text)
        Fixtures.ingest(kb, copy("flood-2", "Bridge closed", BRIDGE, publishers[1], 20),
                copy("bridge-1", "Bridge closed", BRIDGE + " Updated.", publishers[0], 21),
                copy("flood-0", "River floods town", FLOOD, publishers[0], 22));
    }

    private static ArticleFixture copy(String id, String title, String text, String publisher, int day) {
        return article(id, title, text).publisher(publisher)
                .published(LocalDate.of(2021, 3, 1).plusDays(day).toString());
    }

    @AfterAll
    static void close() throws Exception {
        kb.close();
    }

    @Test
    void the_index_has_classes_that_fold() throws Exception {
        try (FSDirectory d = FSDirectory.open(dir.resolve("index"));
             Snapshots snapshots = new Snapshots(new SearcherManager(DirectoryReader.open(d), null),
                     new FacetsConfig(), false);
             Snapshot snap = snapshots.acquire()) {
            assertThat(snap.classes().folds()).isTrue();
            assertThat(snap.memberOrdinals()).as("facets counted from member ordinals").isNotNull();
        }
    }

    @Test
    void ranked_searches_give_what_scoring_every_article_gives() {
        Searcher s = kb.searcher();
        List<String> queries = List.of("river", "storm", "police", "town", "election", "river OR election",
                "\"river bank\"", "title:storm", "riv*", "storm -police", "flood*", "police river storm", "mill");
        int[][] pages = {{1, 0}, {2, 0}, {1, 1}, {2, 1}, {3, 2}, {4, 3}, {10, 0}, {2, 5}, {5, 7}, {3, 20}};
        int compared = 0;
        int exact = 0;
        for (String q : queries) {
            for (int[] page : pages) {
                SearchResult byClasses = s.search(q, SearchFilters.NONE, page[0], page[1], true);
                SearchResult everyHit = s.search(q, SearchFilters.NONE, page[0], page[1], false);
                String as = q + " limit " + page[0] + " offset " + page[1];
                assertThat(byClasses.facets().sampled()).as(as).isEqualTo(everyHit.facets().sampled());
                // sampled facets are estimates from other samples: see the test of those below
                assertThat(exactPart(byClasses)).as(as).isEqualTo(exactPart(everyHit));
                compared++;
                if (!everyHit.facets().sampled()) exact++;
            }
        }
        assertThat(compared).isEqualTo(130);
        assertThat(exact).as("comparisons with exact facets").isGreaterThan(100);
        // the comparisons cover folding: copies were folded, and hits that scored alike
        SearchResult flood = s.search("flooded", SearchFilters.NONE, 3, 0);
        assertThat(flood.copiesFolded()).isPositive();
        List<SearchHit> equal = s.search("police river storm", SearchFilters.NONE, 10, 0).hits();
        assertThat(equal.stream().map(SearchHit::score).distinct().count()).isLessThan(equal.size());
    }

    /** The result, with its facets left out when they are sampled. */
    private static SearchResult exactPart(SearchResult r) {
        return r.facets().sampled() ? new SearchResult(r.totalHits(), r.offset(), r.copiesFolded(), r.hits(),
                new SearchFacets(List.of(), List.of(), List.of(), List.of(), true, 0)) : r;
    }

    @Test
    void totals_count_every_copy_and_leave_out_replaced_ones() {
        Searcher s = kb.searcher();
        // 12 floods less flood-2 (now a bridge), 4 near copies; bridges: 7 plus flood-2, bridge-1 changed text
        assertThat(s.search("flooded", SearchFilters.NONE, 1, 0).totalHits()).isEqualTo(11 + 4);
        assertThat(s.search("mill", SearchFilters.NONE, 1, 0).totalHits()).isEqualTo(8);
    }

    @Test
    void sampled_facets_draw_from_every_copy_and_stay_estimates_of_the_same_counts() {
        Searcher s = kb.searcher();
        SearchResult byClasses = s.search("harbour", SearchFilters.NONE, 5, 0, true);
        SearchResult everyHit = s.search("harbour", SearchFilters.NONE, 5, 0, false);
        assertThat(byClasses.totalHits()).isEqualTo(everyHit.totalHits()).isEqualTo(1100);
        assertThat(byClasses.copiesFolded()).isEqualTo(everyHit.copiesFolded());
        assertThat(byClasses.hits()).isEqualTo(everyHit.hits());
        SearchFacets f = byClasses.facets();
        assertThat(f.sampled()).isTrue();
        assertThat(f.countedHits()).isBetween(500L, 600L);
        // a value of every hit comes out exactly; a 3:1 split within a fifth of its share
        assertThat(f.language()).extracting(FacetValue::count).containsExactly(1100L);
        assertThat(f.publisher()).extracting(FacetValue::label).containsExactly("Port Daily", "Coast Weekly");
        assertThat(f.publisher().get(0).count()).isBetween(825L - 165, 825L + 165);
        assertThat(f.month().stream().mapToLong(FacetValue::count).sum()).isBetween(1100L - 30, 1100L + 30);
        // the draw is fixed: the same snapshot gives the same counts
        assertThat(s.search("harbour", SearchFilters.NONE, 5, 0).facets()).isEqualTo(f);
    }

    @Test
    void filtered_and_newest_first_searches_score_every_article() {
        Searcher s = kb.searcher();
        assertThat(Searcher.byClasses(new TermQuery(new Term("text", "storm")))).isTrue();
        assertThat(Searcher.byClasses(new TermQuery(new Term("publisher_key", "port daily")))).isFalse();
        // each filter takes the path scoring every article: a search by classes would ignore it and differ
        for (SearchFilters f : List.of(new SearchFilters(null, "Port Daily", null, null),
                new SearchFilters(null, null, LocalDate.of(2021, 3, 3), LocalDate.of(2021, 3, 9)),
                new SearchFilters("Nobody Known", null, null, null), new SearchFilters(null, null, null, null, "de"))) {
            SearchResult everyHit = s.search("storm", f, 3, 1, false);
            assertThat(everyHit.totalHits()).as(f.toString()).isLessThan(s.search("storm", SearchFilters.NONE, 3, 1,
                    false).totalHits());
            assertThat(s.search("storm", f, 3, 1, true)).as(f.toString()).isEqualTo(everyHit);
        }
        assertThat(s.search("", SearchFilters.NONE, 3, 0, true)).isEqualTo(s.search("", SearchFilters.NONE, 3, 0,
                false));
    }
}
