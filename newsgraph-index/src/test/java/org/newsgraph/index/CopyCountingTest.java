package org.newsgraph.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.index.internal.Analyzers;
import org.newsgraph.index.internal.EntityCatalog;
import org.newsgraph.index.internal.Snapshot;
import org.newsgraph.index.internal.Fields;
import org.newsgraph.index.internal.Snapshots;
import org.newsgraph.model.SourceRef;

/**
 * Copies count once: in search results, entity pages and counts. The expected figures come from the connect pass's
 * own view of the copy groups and the fixtures' dates, not from the doc values the code under test reads.
 */
class CopyCountingTest {
    /** Five running stories of 12 reports each over 20 days, every fifth report copied by a wire agency a day later. */
    private static final List<Fixtures.ArticleFixture> CORPUS = StoryCorpus.generate(11, 12, 20);
    private static final String PERSON = "Mara Jensen";
    private static final String PLACE = "Riverton";
    private static final Query ARTICLES = new TermQuery(new Term(Fields.TYPE, Fields.TYPE_ARTICLE));

    @TempDir
    static Path dir;

    @BeforeAll
    static void ingest() throws Exception {
        try (KnowledgeBase kb = KnowledgeBase.open(dir); IngestService ingest = kb.ingest("test-1", 7)) {
            // small batches: copies and their originals land in different segments
            for (Fixtures.ArticleFixture f : CORPUS) ingest.ingest(f.build(), f.raw(), SourceRef.ofPath("fixture"));
        }
    }

    @Test
    void an_entity_counts_an_article_and_its_copies_once() throws Exception {
        try (KnowledgeBase kb = KnowledgeBase.openReadOnly(dir)) {
            Map<String, String> dayOfGroup = groupsMentioning(kb, PERSON);
            int withCopies = articlesMentioning(PERSON).size();
            assertThat(dayOfGroup.size()).as("the corpus has copies of this person's reports").isLessThan(withCopies);
            Searcher s = kb.searcher();
            KbEntity person = entity(s, PERSON);
            assertThat(person.articles()).isEqualTo(dayOfGroup.size());

            EntityPage page = s.entity(person.id(), 5).orElseThrow();
            FacetValue place = page.coMentioned().stream().filter(v -> v.label().equals(PLACE)).findFirst().orElseThrow();
            assertThat(place.count()).isEqualTo(dayOfGroup.size());
            Map<String, Long> perDay = new TreeMap<>();
            dayOfGroup.values().forEach(d -> perDay.merge(d, 1L, Long::sum));
            Map<String, Long> shown = new TreeMap<>();
            page.mentionsPerDay().forEach(d -> shown.put(d.day(), d.articles()));
            assertThat(shown).isEqualTo(perDay);
        }
    }

    @Test
    void entity_facets_of_a_search_count_copies_once_and_total_hits_count_every_article() throws Exception {
        try (KnowledgeBase kb = KnowledgeBase.openReadOnly(dir)) {
            Searcher s = kb.searcher();
            SearchResult r = s.search("", new SearchFilters(PERSON, null, null, null), 5, 0);
            assertThat(r.totalHits()).isEqualTo(articlesMentioning(PERSON).size());
            FacetValue place = r.facets().entity().stream().filter(v -> v.label().equals(PLACE)).findFirst()
                    .orElseThrow();
            assertThat(place.count()).isEqualTo(groupsMentioning(kb, PERSON).size());
        }
    }

    @Test
    void the_sample_counter_reads_one_copy_per_group_and_counts_as_the_exact_one_when_copies_name_the_same_entities()
            throws Exception {
        try (FSDirectory d = FSDirectory.open(dir.resolve("index"));
             Snapshots snapshots = new Snapshots(new SearcherManager(DirectoryReader.open(d), null),
                     new FacetsConfig(), false);
             Snapshot snap = snapshots.acquire()) {
            EntityCatalog catalog = snap.catalog();
            EntityCatalog.Counter exact = catalog.counter(false);
            EntityCatalog.Counter firstCopy = catalog.counter(true);
            for (LeafReaderContext leaf : snap.searcher().getIndexReader().leaves()) {
                exact.add(leaf, DocValues.getSortedSet(leaf.reader(), Fields.ENTITY_KEY));
                firstCopy.add(leaf, DocValues.getSortedSet(leaf.reader(), Fields.ENTITY_KEY));
            }
            assertThat(firstCopy.documents()).isEqualTo(exact.documents()).isEqualTo(CORPUS.size());
            List<FacetValue> top = firstCopy.top(null, 20);
            assertThat(top).isEqualTo(exact.top(null, 20));
            KbEntity person = entity(new Searcher(snapshots, Analyzers.create()), PERSON);
            try (KnowledgeBase kb = KnowledgeBase.openReadOnly(dir)) {
                assertThat(top).filteredOn(v -> v.value().equals(person.id())).extracting(FacetValue::count)
                        .containsExactly((long) groupsMentioning(kb, PERSON).size());
            }
        }
    }

    /**
     * A closed counter is the next one (its catalog-wide arrays are not allocated again): it must count from zero,
     * whatever it had counted (a stamp left behind would drop an entity's first article; a count left behind would
     * add to it), exact after sampled and sampled after exact.
     */
    @Test
    void a_counter_after_a_closed_one_counts_as_a_fresh_one() throws Exception {
        try (FSDirectory d = FSDirectory.open(dir.resolve("index"));
             Snapshots snapshots = new Snapshots(new SearcherManager(DirectoryReader.open(d), null),
                     new FacetsConfig(), false);
             Snapshot snap = snapshots.acquire()) {
            EntityCatalog catalog = snap.catalog();
            List<LeafReaderContext> leaves = snap.searcher().getIndexReader().leaves();
            List<FacetValue> fresh;
            EntityCatalog.Counter closed;
            try (EntityCatalog.Counter first = catalog.counter(false)) {
                for (LeafReaderContext leaf : leaves) first.add(leaf, DocValues.getSortedSet(leaf.reader(), Fields.ENTITY_KEY));
                fresh = first.top(null, 20);
                closed = first;
            }
            assertThat(fresh).isNotEmpty();
            for (int round = 0; round < 3; round++) {
                try (EntityCatalog.Counter again = catalog.counter(round % 2 == 1)) {
                    assertThat(again).as("reused").isSameAs(closed);
                    for (LeafReaderContext leaf : leaves) {
                        again.add(leaf, DocValues.getSortedSet(leaf.reader(), Fields.ENTITY_KEY));
                    }
                    assertThat(again.top(null, 20)).as("round " + round).isEqualTo(fresh);
                }
            }
        }
    }

    @Test
    void paging_through_a_search_shows_each_group_of_copies_once() throws Exception {
        try (KnowledgeBase kb = KnowledgeBase.openReadOnly(dir)) {
            Searcher s = kb.searcher();
            Set<String> groups = groupsMentioning(kb, PERSON).keySet();
            List<String> seen = new ArrayList<>();
            SearchResult last = null;
            for (int offset = 0; offset < 20; offset += 3) {
                last = s.search("", new SearchFilters(PERSON, null, null, null), 3, offset);
                for (SearchHit h : last.hits()) seen.add(kb.connections().article(h.id()).orElseThrow().canonical());
            }
            assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(groups);
            assertThat(last.copiesFolded()).isEqualTo(articlesMentioning(PERSON).size() - groups.size());
            // a query that ranks by relevance folds the same way
            SearchResult ranked = s.search("spoke", new SearchFilters(PERSON, null, null, null), 100, 0);
            assertThat(ranked.hits()).hasSize(groups.size());
        }
    }

    @Test
    void folding_reads_stored_fields_of_the_page_hits_only() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        try (FSDirectory d = FSDirectory.open(dir.resolve("index"));
             DirectoryReader counted = new CountingReader(DirectoryReader.open(d), reads);
             Snapshots snapshots = new Snapshots(new SearcherManager(counted, null), new FacetsConfig(), false)) {
            Searcher s = new Searcher(snapshots, Analyzers.create());
            SearchResult r = s.search("", new SearchFilters(PERSON, null, null, null), 4, 2);
            assertThat(r.copiesFolded()).isPositive();
            assertThat(r.hits()).hasSize(4);
            assertThat(reads.get()).isEqualTo(4);
        }
    }

    @Test
    void a_page_fills_when_every_article_has_many_copies(@TempDir Path many) throws Exception {
        // six reports, each syndicated five times word for word: the first ranks read hold one or two groups only
        java.util.Random random = new java.util.Random(5);
        String[] words = "harbour council vote budget storm rail strike school clinic bridge port ferry".split(" ");
        try (KnowledgeBase kb = KnowledgeBase.open(many); IngestService ingest = kb.ingest("test-1", 100)) {
            for (int r = 0; r < 6; r++) {
                StringBuilder text = new StringBuilder("Report ").append(r).append(" on the harbour.");
                for (int w = 0; w < 80; w++) text.append(' ').append(words[random.nextInt(words.length)]);
                for (int c = 0; c < 6; c++) {
                    Fixtures.ArticleFixture f = Fixtures.article("r" + r + "-" + c, "Harbour report " + r,
                            text + ".").publisher("Outlet " + c).published("2021-06-0" + (1 + c));
                    ingest.ingest(f.build(), f.raw(), SourceRef.ofPath("fixture"));
                }
            }
        }
        try (KnowledgeBase kb = KnowledgeBase.openReadOnly(many)) {
            assertThat(kb.connections().groups()).hasSize(6);
            SearchResult r = kb.searcher().search("harbour", SearchFilters.NONE, 4, 1);
            assertThat(r.totalHits()).isEqualTo(36);
            assertThat(r.hits()).hasSize(4);
            assertThat(r.hits().stream().map(h -> h.id().substring(0, h.id().indexOf('-'))).distinct()).hasSize(4);
            assertThat(kb.searcher().search("harbour", SearchFilters.NONE, 4, 4).hits()).hasSize(2);
        }
        foldsLikeTheFullRanking(many, "harbour", "report OR harbour", "");
    }

    @Test
    void folding_while_ranking_gives_the_pages_of_folding_the_full_ranking() throws Exception {
        foldsLikeTheFullRanking(dir, "spoke", "river OR vote", "said", "");
    }

    /**
     * Every page of 4 up to the 20th hit, and its folded count, equal those of ranking every hit (by score, or
     * newest first for the empty query; equal ones by document) and then keeping the first member of each copy group
     * (the connect pass's groups).
     */
    private static void foldsLikeTheFullRanking(Path base, String... queries) throws Exception {
        try (KnowledgeBase kb = KnowledgeBase.openReadOnly(base);
             DirectoryReader reader = DirectoryReader.open(FSDirectory.open(base.resolve("index")))) {
            IndexSearcher exhaustive = new IndexSearcher(reader);
            for (String q : queries) {
                Query query = q.isEmpty() ? ARTICLES : new BooleanQuery.Builder().add(reference(q), Occur.MUST)
                        .add(ARTICLES, Occur.FILTER).build();
                TopDocs all = q.isEmpty() ? exhaustive.search(query, Integer.MAX_VALUE, new Sort(
                        new SortField(Fields.PUBLISHED_DAY, SortField.Type.LONG, true), SortField.FIELD_DOC))
                        : exhaustive.search(query, Integer.MAX_VALUE);
                List<String> ranked = new ArrayList<>();
                for (ScoreDoc d : all.scoreDocs) ranked.add(reader.storedFields().document(d.doc).get(Fields.ARTICLE_ID));
                for (int offset = 0; offset < 20; offset += 4) {
                    List<String> kept = new ArrayList<>();
                    Set<String> groups = new HashSet<>();
                    int folded = 0;
                    for (int i = 0; i < ranked.size() && kept.size() < offset + 4; i++) {
                        if (groups.add(kb.connections().article(ranked.get(i)).orElseThrow().canonical())) {
                            kept.add(ranked.get(i));
                        } else {
                            folded++;
                        }
                    }
                    SearchResult r = kb.searcher().search(q, SearchFilters.NONE, 4, offset);
                    assertThat(r.hits()).as(q + " at " + offset).extracting(SearchHit::id)
                            .isEqualTo(kept.subList(Math.min(offset, kept.size()), kept.size()));
                    assertThat(r.copiesFolded()).as(q + " at " + offset).isEqualTo(folded);
                    assertThat(r.totalHits()).isEqualTo(ranked.size());
                }
            }
        }
    }

    private static Query reference(String q) throws Exception {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {Fields.TITLE, Fields.TEXT},
                Analyzers.create(), Map.of(Fields.TITLE, Searcher.TITLE_BOOST, Fields.TEXT, 1f));
        parser.setDefaultOperator(QueryParser.Operator.AND);
        return parser.parse(q);
    }

    private static KbEntity entity(Searcher s, String name) {
        return s.entities(null, Searcher.MAX_LIMIT, 0).items().stream().filter(e -> e.name().equals(name))
                .findFirst().orElseThrow();
    }

    private static List<Fixtures.ArticleFixture> articlesMentioning(String name) {
        return CORPUS.stream().filter(f -> f.build().analysis().entities().stream()
                .anyMatch(e -> e.name().equals(name))).toList();
    }

    /** Canonical article of each copy group mentioning the name, to the earliest day one of its members came out. */
    private static Map<String, String> groupsMentioning(KnowledgeBase kb, String name) {
        Map<String, String> out = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (Fixtures.ArticleFixture f : articlesMentioning(name)) {
            String id = f.build().article().id();
            ids.add(id);
            String canonical = kb.connections().article(id).orElseThrow().canonical();
            String day = f.build().article().published();
            out.merge(canonical, day, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        assertThat(ids).hasSize(articlesMentioning(name).size());
        return out;
    }

    /** A reader that counts the documents whose stored fields are read. */
    private static final class CountingReader extends FilterDirectoryReader {
        private final AtomicInteger reads;

        CountingReader(DirectoryReader in, AtomicInteger reads) throws java.io.IOException {
            super(in, new SubReaderWrapper() {
                @Override
                public LeafReader wrap(LeafReader reader) {
                    return new CountingLeaf(reader, reads);
                }
            });
            this.reads = reads;
        }

        @Override
        protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws java.io.IOException {
            return new CountingReader(in, reads);
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return in.getReaderCacheHelper();
        }
    }

    private static final class CountingLeaf extends FilterLeafReader {
        private final AtomicInteger reads;

        CountingLeaf(LeafReader in, AtomicInteger reads) {
            super(in);
            this.reads = reads;
        }

        @Override
        public StoredFields storedFields() throws java.io.IOException {
            StoredFields inner = in.storedFields();
            return new StoredFields() {
                @Override
                public void document(int docID, StoredFieldVisitor visitor) throws java.io.IOException {
                    reads.incrementAndGet();
                    inner.document(docID, visitor);
                }
            };
        }

        @Override
        public CacheHelper getCoreCacheHelper() {
            return in.getCoreCacheHelper();
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return in.getReaderCacheHelper();
        }
    }
}
