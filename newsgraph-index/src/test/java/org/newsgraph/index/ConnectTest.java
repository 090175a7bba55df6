package org.newsgraph.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.dedup.CopyGroup;
import org.newsgraph.index.internal.Fields;
import org.newsgraph.model.SourceRef;
import org.newsgraph.story.Story;
import org.newsgraph.story.StoryClusterer;
import org.newsgraph.story.StoryInput;
import org.newsgraph.story.StoryParams;

class ConnectTest {
    @TempDir
    Path dir;

    private static final List<Fixtures.ArticleFixture> CORPUS = StoryCorpus.generate(7, 12, 20);

    @Test
    void ingesting_a_later_batch_gives_the_stories_of_ingesting_both_at_once() throws Exception {
        List<Fixtures.ArticleFixture> early = new ArrayList<>();
        List<Fixtures.ArticleFixture> late = new ArrayList<>();
        for (Fixtures.ArticleFixture f : CORPUS) {
            (f.build().article().published().compareTo("2021-03-11") < 0 ? early : late).add(f);
        }
        Path twice = dir.resolve("twice");
        Path once = dir.resolve("once");
        try (KnowledgeBase kb = KnowledgeBase.open(twice)) {
            ingest(kb, early, 7);
            assertThat(kb.connections().stories().stream().mapToInt(Story::articleCount).sum())
                    .isEqualTo(early.size());
        }
        try (KnowledgeBase kb = KnowledgeBase.open(twice)) {
            ingest(kb, late, 5);
        }
        List<Fixtures.ArticleFixture> shuffled = new ArrayList<>(CORPUS);
        Collections.shuffle(shuffled, new Random(3));
        try (KnowledgeBase kb = KnowledgeBase.open(once)) {
            ingest(kb, shuffled, 1000);
        }
        try (KnowledgeBase a = KnowledgeBase.openReadOnly(twice); KnowledgeBase b = KnowledgeBase.openReadOnly(once)) {
            assertThat(memberships(a)).isEqualTo(memberships(b)).isEqualTo(inPublicationOrder());
            assertThat(a.connections().groups()).containsExactlyInAnyOrderElementsOf(b.connections().groups()).isNotEmpty();
            assertThat(a.connections().stories()).hasSizeLessThan(CORPUS.size() / 3);
        }
    }

    @Test
    void each_article_and_its_children_carry_their_story_and_canonical_copy_in_the_index() throws Exception {
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            ingest(kb, CORPUS, 10);
            Connections c = kb.connections();
            CopyGroup group = c.copiesOf("t0-0-copy").orElseThrow();
            assertThat(group.members()).containsExactlyInAnyOrder("t0-0", "t0-0-copy");
            assertThat(group.canonical()).as("the earlier publication").isEqualTo("t0-0");
            assertThat(c.article("t0-0-copy").orElseThrow().isCopy()).isTrue();
            assertThat(c.article("t0-0").orElseThrow().story()).isEqualTo(c.article("t0-0-copy").orElseThrow().story());
        }
        Map<String, long[]> values = docValues();
        assertThat(values).isNotEmpty();
        assertThat(values.values()).allSatisfy(v -> {
            assertThat(v[0]).as("story").isNotEqualTo(Fields.PENDING);
            assertThat(v[1]).as("copy_of").isNotEqualTo(Fields.PENDING);
        });
        assertThat(values.get("t0-0-copy")[1]).isEqualTo(values.get("t0-0")[1]);
        assertThat(values.get("t0-1")[1]).isNotEqualTo(values.get("t0-0")[1]);
    }

    @Test
    void a_pass_interrupted_before_the_index_was_updated_places_nothing_twice() throws Exception {
        Map<String, Set<String>> before;
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            ingest(kb, CORPUS, 10);
            before = memberships(kb);
        }
        // what a SIGKILL after the state was written but before the doc values were committed leaves behind
        try (FSDirectory d = FSDirectory.open(dir.resolve("index"));
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
            for (String id : List.of("t1-3", "t2-1", "t2-1-copy")) {
                w.updateDocValues(new Term(Fields.ARTICLE_ID, id), new NumericDocValuesField(Fields.STORY, Fields.PENDING),
                        new NumericDocValuesField(Fields.COPY_OF, Fields.PENDING));
            }
            w.commit();
        }
        Files.delete(dir.resolve("connect/view.jsonl"));
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            try (IngestService resume = kb.ingest("test-1", 10)) {
                resume.commit();
                assertThat(resume.counts().connected()).isEqualTo(3);
            }
            assertThat(memberships(kb)).isEqualTo(before);
            assertThat(kb.connections().stories().stream().mapToInt(Story::articleCount).sum())
                    .isEqualTo(CORPUS.size());
        }
        assertThat(docValues().values()).allSatisfy(v -> assertThat(v[0]).isNotEqualTo(Fields.PENDING));
    }

    @Test
    void a_lost_state_is_rebuilt_from_the_index_with_the_same_stories() throws Exception {
        Map<String, Set<String>> before;
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            ingest(kb, CORPUS, 10);
            before = memberships(kb);
        }
        Files.delete(dir.resolve("connect/state.bin"));
        Files.writeString(dir.resolve("connect/view.jsonl"), "{\"generation\": 0}\n");
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            try (IngestService resume = kb.ingest("test-1", 10)) {
                resume.commit();
                assertThat(resume.counts().connected()).isEqualTo(CORPUS.size());
            }
            assertThat(memberships(kb)).isEqualTo(before);
        }
    }

    @Test
    void a_corrupt_state_file_is_rebuilt_rather_than_trusted() throws Exception {
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            ingest(kb, CORPUS.subList(0, 10), 10);
        }
        Files.write(dir.resolve("connect/state.bin"), new byte[] {(byte) 0xac, (byte) 0xed, 0, 5, 1, 2, 3});
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            try (IngestService resume = kb.ingest("test-1", 10)) {
                resume.commit();
                assertThat(resume.counts().connected()).isEqualTo(10);
            }
            assertThat(kb.connections().stories().stream().mapToInt(Story::articleCount).sum()).isEqualTo(10);
        }
    }

    @Test
    void a_journal_replayed_over_the_snapshot_gives_the_state_that_wrote_it_even_with_a_torn_last_line()
            throws Exception {
        List<Fixtures.ArticleFixture> byDate = new ArrayList<>(CORPUS);
        byDate.sort(Comparator.comparing(f -> f.build().article().published()));
        int third = byDate.size() / 3;
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            ingest(kb, byDate.subList(0, third), 4);
        }
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            // a session that committed and was killed: its ingest service is never closed, so never checkpointed
            IngestService killed = kb.ingest("test-1", 4);
            for (Fixtures.ArticleFixture f : byDate.subList(third, 2 * third)) {
                killed.ingest(f.build(), f.raw(), SourceRef.ofPath("fixture"));
            }
            killed.commit();
        }
        Path journal = dir.resolve("connect/journal.log");
        assertThat(Files.readAllLines(journal)).as("a line per article since the first session's snapshot")
                .hasSize(1 + third);
        Files.writeString(journal, "+half-written-line", java.nio.file.StandardOpenOption.APPEND);
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            try (IngestService ingest = kb.ingest("test-1", 4)) {
                for (Fixtures.ArticleFixture f : byDate.subList(2 * third, byDate.size())) {
                    ingest.ingest(f.build(), f.raw(), SourceRef.ofPath("fixture"));
                }
                ingest.commit();
                assertThat(ingest.counts().connected()).as("replayed, not rebuilt").isEqualTo(byDate.size() - 2 * third);
            }
            assertThat(memberships(kb)).isEqualTo(inPublicationOrder());
        }
        assertThat(Files.readString(journal)).doesNotContain("half-written");
        assertThat(docValues().values()).allSatisfy(v -> assertThat(v[0]).isNotEqualTo(Fields.PENDING));
    }

    @Test
    void a_journal_naming_an_article_that_changed_since_is_not_replayed_but_rebuilt_from_the_index() throws Exception {
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            ingest(kb, CORPUS.subList(0, 10), 10);
            IngestService killed = kb.ingest("test-1", 10); // never closed: its journal is not checkpointed
            for (Fixtures.ArticleFixture f : CORPUS.subList(10, 20)) {
                killed.ingest(f.build(), f.raw(), SourceRef.ofPath("fixture"));
            }
        }
        Path journal = dir.resolve("connect/journal.log");
        List<String> lines = new ArrayList<>(Files.readAllLines(journal));
        assertThat(lines).hasSize(11);
        lines.set(3, lines.get(3).replaceAll("\t.*", "\t0"));
        Files.write(journal, lines);
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            try (IngestService resume = kb.ingest("test-1", 10)) {
                resume.commit();
                assertThat(resume.counts().connected()).as("every article placed again").isEqualTo(20);
            }
            assertThat(kb.connections().stories().stream().mapToInt(Story::articleCount).sum()).isEqualTo(20);
        }
    }

    @Test
    void articles_replaced_under_new_ids_leave_their_stories_and_copy_groups() throws Exception {
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            ingest(kb, CORPUS, 10);
            assertThat(kb.connections().copiesOf("t0-0")).isPresent();
        }
        List<Fixtures.ArticleFixture> replaced = CORPUS.subList(0, 12);
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            try (IngestService reindex = kb.ingest("test-2", 5)) {
                for (Fixtures.ArticleFixture f : replaced) {
                    var a = f.build();
                    var renamed = new org.newsgraph.model.AnalyzedArticle(
                            a.article().toBuilder().id("v2-" + a.article().id()).build(), a.analysis());
                    reindex.ingest(renamed, f.raw(), SourceRef.ofPath("fixture"));
                }
            }
            Connections c = kb.connections();
            List<String> storied = c.stories().stream().flatMap(s -> s.articleIds().stream()).toList();
            assertThat(storied).hasSize(CORPUS.size()).doesNotHaveDuplicates()
                    .contains("v2-t0-0").doesNotContain("t0-0");
            assertThat(c.article("t0-0")).isEmpty();
            assertThat(c.groups()).allSatisfy(g -> assertThat(g.members()).noneMatch(id -> id.equals("t0-0")));
            assertThat(c.groups().stream().flatMap(g -> g.members().stream()))
                    .allMatch(id -> c.article(id).isPresent());
        }
    }

    @Test
    void once_a_quarter_of_the_placed_articles_were_replaced_the_state_is_rebuilt_without_them() throws Exception {
        int n = 160;
        try (KnowledgeBase kb = KnowledgeBase.open(dir); IngestService ingest = kb.ingest("gen-1", 40)) {
            for (int i = 0; i < n; i++) {
                ingest.ingest(IngestChild.articleOf(i), IngestChild.rawOf(i), SourceRef.ofPath("generated"));
            }
        }
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            try (IngestService reindex = kb.ingest("gen-2", 40)) {
                for (int i = 0; i < n; i++) {
                    var a = IngestChild.articleOf(i);
                    reindex.ingest(new org.newsgraph.model.AnalyzedArticle(
                            a.article().toBuilder().id("v2-" + a.article().id()).build(), a.analysis()),
                            IngestChild.rawOf(i), SourceRef.ofPath("generated"));
                }
                reindex.close();
                // commits every 40 inputs: after the third, 120 of 280 placed articles were removed (over a
                // quarter), so the fourth pass rebuilt the state from the 160 articles in the index
                assertThat(reindex.counts().connected()).isEqualTo(3 * 40 + n);
            }
            List<String> storied = kb.connections().stories().stream().flatMap(s -> s.articleIds().stream()).toList();
            assertThat(storied).hasSize(n).allMatch(id -> id.startsWith("v2-"));
        }
        assertThat(docValues().values()).hasSize(n).allSatisfy(v -> assertThat(v[0]).isNotEqualTo(Fields.PENDING));
    }

    @Test
    void a_configured_horizon_closes_stories_and_a_changed_one_clusters_the_stored_articles_again() throws Exception {
        StoryParams sameDay = StoryParams.DEFAULT.withColdAfterDays(0);
        try (KnowledgeBase kb = KnowledgeBase.open(dir); IngestService ingest = kb.ingest("test-1", 10, sameDay)) {
            for (Fixtures.ArticleFixture f : CORPUS) ingest.ingest(f.build(), f.raw(), SourceRef.ofPath("fixture"));
        }
        try (KnowledgeBase kb = KnowledgeBase.openReadOnly(dir)) {
            assertThat(memberships(kb)).isEqualTo(inPublicationOrder(sameDay))
                    .isNotEqualTo(inPublicationOrder(StoryParams.DEFAULT));
            assertThat(kb.connections().stories()).as("a story takes no article a day after its last")
                    .allSatisfy(s -> assertThat(s.firstSeen()).isEqualTo(s.lastSeen()));
        }
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            try (IngestService resume = kb.ingest("test-1", 10)) {
                resume.commit();
                assertThat(resume.counts().connected()).as("clustered again").isEqualTo(CORPUS.size());
            }
            assertThat(memberships(kb)).isEqualTo(inPublicationOrder(StoryParams.DEFAULT));
        }
    }

    @Test
    void articles_replaced_at_reindex_leave_the_clusterer_and_a_replayed_journal_removes_them_alike()
            throws Exception {
        Path killed = dir.resolve("killed");
        Path closed = dir.resolve("closed");
        for (Path base : List.of(killed, closed)) {
            try (KnowledgeBase kb = KnowledgeBase.open(base)) {
                ingest(kb, CORPUS, 10);
                // a reindex that rewrote every report of the flood story (topic 0) into something else entirely
                IngestService reindex = kb.ingest("test-2", 10);
                for (Fixtures.ArticleFixture f : CORPUS) {
                    var a = f.build().article();
                    if (!a.id().startsWith("t0-")) continue;
                    String text = "The chess olympiad in " + a.id() + " opened with a gambit; grandmasters drew.";
                    reindex.ingest(Fixtures.article("v2-" + a.id(), "Chess", text).publisher(a.publisher())
                            .published(a.published()).build(), f.raw(), SourceRef.ofPath("fixture"));
                }
                reindex.commit();
                if (base.equals(closed)) reindex.close(); // else killed: its journal is replayed, not snapshotted
            }
        }
        // a late flood report: the flood story's words left with its articles, so it opens a story of its own
        Fixtures.ArticleFixture late = CORPUS.stream().filter(f -> f.build().article().id().equals("t0-11"))
                .findFirst().orElseThrow();
        var l = late.build().article();
        Fixtures.ArticleFixture twin = Fixtures.article("late-flood", l.title(), l.text()).publisher(l.publisher())
                .published("2021-03-20");
        Map<String, Set<String>> after = null;
        for (Path base : List.of(killed, closed)) {
            try (KnowledgeBase kb = KnowledgeBase.open(base)) {
                try (IngestService ingest = kb.ingest("test-1", 10)) {
                    ingest.ingest(twin.build(), twin.raw(), SourceRef.ofPath("fixture"));
                    ingest.commit();
                    assertThat(ingest.counts().connected()).as("replayed, not rebuilt").isEqualTo(1);
                }
                Connections c = kb.connections();
                assertThat(c.article("late-flood").orElseThrow().story()).isEqualTo("story-late-flood");
                assertThat(c.stories()).noneMatch(s -> s.articleIds().stream().anyMatch(id -> id.startsWith("t0-")));
                if (after == null) after = memberships(kb);
                else assertThat(memberships(kb)).isEqualTo(after);
            }
        }
    }

    private static void ingest(KnowledgeBase kb, List<Fixtures.ArticleFixture> articles, int batch) throws Exception {
        try (IngestService ingest = kb.ingest("test-1", batch)) {
            for (Fixtures.ArticleFixture f : articles) ingest.ingest(f.build(), f.raw(), SourceRef.ofPath("fixture"));
        }
    }

    /** For each article, the set of articles in its story: comparable whatever the story ids. */
    private static Map<String, Set<String>> memberships(KnowledgeBase kb) {
        return memberships(kb.connections().stories());
    }

    private static Map<String, Set<String>> memberships(List<Story> stories) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Story s : stories) for (String id : s.articleIds()) out.put(id, new TreeSet<>(s.articleIds()));
        return out;
    }

    private static Map<String, Set<String>> inPublicationOrder() {
        return inPublicationOrder(StoryParams.DEFAULT);
    }

    private static Map<String, Set<String>> inPublicationOrder(StoryParams params) {
        StoryClusterer clusterer = new StoryClusterer(params);
        CORPUS.stream().map(Fixtures.ArticleFixture::build)
                .sorted(Comparator.comparing((org.newsgraph.model.AnalyzedArticle a) -> a.article().published())
                        .thenComparing(a -> a.article().id()))
                .forEach(a -> clusterer.add(StoryInput.of(a, LanguageStopWords.LUCENE)));
        return memberships(clusterer.stories());
    }

    /** Article id to {story, copy_of} as the index holds them, read from the article documents. */
    private Map<String, long[]> docValues() throws Exception {
        Map<String, long[]> out = new HashMap<>();
        try (FSDirectory d = FSDirectory.open(dir.resolve("index")); DirectoryReader r = DirectoryReader.open(d)) {
            for (LeafReaderContext leaf : r.leaves()) {
                NumericDocValues story = leaf.reader().getNumericDocValues(Fields.STORY);
                NumericDocValues copyOf = leaf.reader().getNumericDocValues(Fields.COPY_OF);
                var types = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (leaf.reader().getLiveDocs() != null && !leaf.reader().getLiveDocs().get(doc)) continue;
                    var fields = types.document(doc, Set.of(Fields.ARTICLE_ID, Fields.ARTICLE_JSON));
                    if (fields.get(Fields.ARTICLE_JSON) == null) continue;
                    long[] v = {Fields.PENDING, Fields.PENDING};
                    if (story != null && story.advance(doc) == doc) v[0] = story.longValue();
                    if (copyOf != null && copyOf.advance(doc) == doc) v[1] = copyOf.longValue();
                    out.put(fields.get(Fields.ARTICLE_ID), v);
                }
            }
        }
        return out;
    }
}
