package org.newsgraph.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.index.Fixtures.article;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.index.Fixtures.ArticleFixture;
import org.newsgraph.index.internal.Analyzers;
import org.newsgraph.index.internal.Fields;

/**
 * The searcher ranks with a collector that lets block-max WAND skip hits which cannot make the page, and counts the
 * hits in a separate pass: pages and totals must be exactly those of scoring every hit.
 */
class RankingTest {
    private static final String[] WORDS = ("harbour council vote budget storm rail strike school clinic bridge port "
            + "ferry river mayor court police fire flood market trade").split(" ");

    @TempDir
    static Path dir;
    static KnowledgeBase kb;

    @BeforeAll
    static void ingest() throws Exception {
        kb = KnowledgeBase.open(dir);
        Random random = new Random(11);
        List<ArticleFixture> all = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            // distinct texts of varied length and word counts, so scores vary and nothing is a copy
            StringBuilder text = new StringBuilder("Item ").append(i).append('.');
            for (int w = 0, n = 20 + random.nextInt(120); w < n; w++) {
                text.append(' ').append(WORDS[random.nextInt(WORDS.length)]).append(i * 31 + w);
                if (random.nextInt(3) == 0) text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
            }
            String title = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " " + i;
            all.add(article("a" + i, title, text + ".").publisher("Outlet " + i % 7)
                    .published("2021-0" + (1 + i % 9) + "-1" + i % 10));
        }
        Fixtures.ingest(kb, all.toArray(ArticleFixture[]::new));
    }

    @AfterAll
    static void close() throws Exception {
        kb.close();
    }

    @Test
    void pages_and_totals_are_those_of_scoring_every_hit() throws Exception {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir.resolve("index")))) {
            IndexSearcher exhaustive = new IndexSearcher(reader);
            for (String q : List.of("harbour", "storm rail", "council OR budget", "ferry -river", "\"port ferry\"",
                    "title:storm", "bridg*", "*:* -river")) {
                for (int offset : new int[] {0, 10, 40}) {
                    SearchResult r = kb.searcher().search(q, SearchFilters.NONE, 10, offset);
                    TopDocs all = exhaustive.search(reference(q),
                            new TopScoreDocCollectorManager(offset + 10, null, Integer.MAX_VALUE));
                    assertThat(all.totalHits.relation).isEqualTo(TotalHits.Relation.EQUAL_TO);
                    assertThat(r.totalHits()).as(q).isEqualTo(all.totalHits.value);
                    List<String> expected = new ArrayList<>();
                    List<Float> scores = new ArrayList<>();
                    for (int i = offset; i < all.scoreDocs.length; i++) {
                        ScoreDoc d = all.scoreDocs[i];
                        expected.add(reader.storedFields().document(d.doc).get(Fields.ARTICLE_ID));
                        scores.add(d.score);
                    }
                    assertThat(r.hits()).as(q + " at " + offset).extracting(SearchHit::id).isEqualTo(expected);
                    assertThat(r.hits()).extracting(SearchHit::score).isEqualTo(scores);
                }
            }
            assertThat(kb.searcher().search("harbour", SearchFilters.NONE, 10, 0).totalHits()).isGreaterThan(100);
        }
    }

    @Test
    void the_type_filter_is_left_out_only_for_queries_on_title_and_text() throws Exception {
        assertThat(Searcher.matchesArticlesOnly(reference("storm rail").clauses().get(0).getQuery())).isTrue();
        assertThat(Searcher.matchesArticlesOnly(reference("bridg* -\"port ferry\"").clauses().get(0).getQuery())).isTrue();
        assertThat(Searcher.matchesArticlesOnly(reference("*:* -river").clauses().get(0).getQuery())).isFalse();
        assertThat(Searcher.matchesArticlesOnly(reference("storm raw_id:x").clauses().get(0).getQuery())).isFalse();
        // raw-input documents exist beside the articles, and *:* would count them without the filter
        assertThat(kb.searcher().search("*:* -river", SearchFilters.NONE, 10, 0).totalHits()).isLessThan(600);
    }

    /** The searcher's documented query: classic syntax over title (boosted 3x) and text, words required. */
    private static BooleanQuery reference(String q) throws Exception {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {Fields.TITLE, Fields.TEXT},
                Analyzers.create(), Map.of(Fields.TITLE, Searcher.TITLE_BOOST, Fields.TEXT, 1f));
        parser.setDefaultOperator(QueryParser.Operator.AND);
        return new BooleanQuery.Builder().add(parser.parse(q), Occur.MUST)
                .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_ARTICLE)), Occur.FILTER).build();
    }
}
