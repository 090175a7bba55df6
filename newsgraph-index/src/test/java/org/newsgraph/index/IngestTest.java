package org.newsgraph.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsgraph.index.Fixtures.article;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleKind;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.PageFormat;
import org.newsgraph.model.PageHints;
import org.newsgraph.model.RawPage;
import org.newsgraph.model.SourceRef;
import org.newsgraph.story.StoryParams;

class IngestTest {
    @TempDir
    Path dir;

    private static Fixtures.ArticleFixture budget() {
        return article("a1", "Parliament passes budget", "Angela Merkel said the budget was fair. Merkel left.")
                .publisher("Daily Planet").published("2020-03-04")
                .entity(EntityType.PERSON, "Angela Merkel", "Angela Merkel", "Merkel")
                .quote("the budget was fair", "Angela Merkel", "Angela Merkel");
    }

    @Test
    void the_same_input_twice_gives_one_article_and_one_raw_file() throws Exception {
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            Fixtures.ingest(kb, budget());
            IngestCounts counts;
            try (IngestService again = kb.ingest("test-1", 10)) {
                assertThat(again.ingest(budget().build(), budget().raw(), SourceRef.ofPath("again")))
                        .as("already stored").isFalse();
                counts = again.counts();
            }
            assertThat(counts.inputs()).isZero();
            assertThat(kb.searcher().articleCount()).isEqualTo(1);
            try (Stream<String> hashes = kb.raw().hashes()) {
                assertThat(hashes).containsExactly(RawStore.sha256(budget().raw()));
            }
            assertThat(kb.raw().read(RawStore.sha256(budget().raw()))).isEqualTo(budget().raw());
        }
    }

    @Test
    void the_counts_keep_a_pages_teaser_snippets_apart_from_its_articles() throws Exception {
        AnalyzedArticle page = budget().build();
        Article teaser = Article.builder().id("t1").kind(ArticleKind.SNIPPET).title("Rail strike called off")
                .text("Unions called off Friday's rail strike.").source(SourceRef.ofPath("page")).build();
        try (KnowledgeBase kb = KnowledgeBase.open(dir); IngestService ingest = kb.ingest("test-1", 10)) {
            ingest.ingest(budget().raw(), SourceRef.ofPath("page"),
                    List.of(page, new AnalyzedArticle(teaser, Analysis.EMPTY)));
            assertThat(ingest.counts().inputs()).isEqualTo(1);
            assertThat(ingest.counts().articles()).isEqualTo(1);
            assertThat(ingest.counts().snippets()).isEqualTo(1);
        }
    }

    @Test
    void reprocessing_with_a_new_pipeline_replaces_an_article_with_its_mentions_and_quotes() throws Exception {
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            Fixtures.ingest(kb, budget());
            try (IngestService v2 = kb.ingest("test-2", 10)) {
                v2.ingest(budget().build(), budget().raw(), SourceRef.ofPath("v2"));
                assertThat(v2.counts().inputs()).isEqualTo(1);
            }
            Searcher s = kb.searcher();
            assertThat(s.articleCount()).isEqualTo(1);
            KbEntity merkel = s.entities(null, 10, 0).items().get(0);
            assertThat(merkel.articles()).isEqualTo(1);
            assertThat(merkel.mentions()).isEqualTo(2);
            assertThat(s.quotes("Merkel", null, 10, 0).total()).isEqualTo(1);
            assertThat(s.article("a1").orElseThrow().pipelineVersion()).isEqualTo("test-2");
        }
    }

    @Test
    void stored_articles_come_back_whole_with_knowledge_base_ids() throws Exception {
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            Fixtures.ingest(kb, budget());
            StoredArticle stored = kb.searcher().article("a1").orElseThrow();
            assertThat(stored.article().article()).isEqualTo(budget().build().article());
            String merkelId = kb.searcher().entities("PERSON", 1, 0).items().get(0).id();
            assertThat(stored.article().analysis().entities()).extracting(e -> e.id()).containsExactly(merkelId);
            assertThat(stored.article().analysis().quotes().get(0).speaker()).isEqualTo(merkelId);
            assertThat(stored.rawSha256()).isEqualTo(RawStore.sha256(budget().raw()));
            assertThat(kb.searcher().article("missing")).isEmpty();
        }
    }

    @Test
    void an_input_with_no_articles_is_remembered_as_done() throws Exception {
        byte[] empty = "<html></html>".getBytes();
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            try (IngestService ingest = kb.ingest("test-1", 10)) {
                ingest.ingest(empty, SourceRef.ofPath("empty.html"), List.of());
            }
            try (IngestService rerun = kb.ingest("test-1", 10)) {
                assertThat(rerun.isDone(RawStore.sha256(empty))).isTrue();
                assertThat(rerun.isDone(RawStore.sha256("other".getBytes()))).isFalse();
            }
            List<RawInput> raws = new ArrayList<>();
            kb.exporter().rawInputs(raws::add);
            assertThat(raws).containsExactly(new RawInput(RawStore.sha256(empty), SourceRef.ofPath("empty.html"),
                    "test-1", 0, null, null, PageHints.NONE));
        }
    }

    @Test
    void an_input_whose_analysis_failed_is_stored_but_tried_again_by_the_next_run() throws Exception {
        AnalyzedArticle built = budget().build();
        AnalyzedArticle failed = new AnalyzedArticle(built.article(), new Analysis(List.of(), List.of(), List.of(),
                List.of(), List.of(), null, List.of(Analysis.FAILED + "a1: java.lang.IllegalStateException: bug")));
        String sha = RawStore.sha256(budget().raw());
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            try (IngestService first = kb.ingest("test-1", 10)) {
                first.ingest(failed, budget().raw(), SourceRef.ofPath("budget.html"));
            }
            assertThat(kb.searcher().articleCount()).isEqualTo(1);
            try (IngestService rerun = kb.ingest("test-1", 10)) {
                assertThat(rerun.isDone(sha)).isFalse();
                rerun.ingest(built, budget().raw(), SourceRef.ofPath("budget.html"));
                assertThat(rerun.isDone(sha)).isTrue();
            }
            assertThat(kb.searcher().articleCount()).isEqualTo(1);
            assertThat(kb.searcher().article("a1").orElseThrow().article().analysis().failure()).isEmpty();
        }
    }

    @Test
    void a_page_is_remembered_with_what_it_takes_to_read_it_again() throws Exception {
        byte[] body = "Rivers rose overnight.".getBytes(StandardCharsets.UTF_8);
        SourceRef where = new SourceRef("feed.jsonl", 3L, "r7", null, "https://example.org/r7");
        PageHints hints = new PageHints("r7", "https://example.org/r7", "Elbe floods", "2021-07-15",
                List.of("A. Writer"), "Example Times", "CC-BY-4.0");
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            try (IngestService ingest = kb.ingest("test-1", 10)) {
                ingest.ingest(new RawPage(where, PageFormat.TEXT, body, "UTF-8", hints), List.of());
            }
            List<RawInput> raws = new ArrayList<>();
            kb.exporter().rawInputs(raws::add);
            assertThat(raws).containsExactly(new RawInput(RawStore.sha256(body), where, "test-1", 0,
                    PageFormat.TEXT, "UTF-8", hints));
            assertThat(raws.get(0).page(kb.raw().read(raws.get(0).sha256()), PageFormat.HTML))
                    .usingRecursiveComparison()
                    .isEqualTo(new RawPage(where, PageFormat.TEXT, body, "UTF-8", hints));
        }
    }

    @Test
    void a_read_only_base_sees_what_a_writer_committed() throws Exception {
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            Fixtures.ingest(kb, budget());
            try (KnowledgeBase reader = KnowledgeBase.openReadOnly(dir)) {
                assertThat(reader.searcher().articleCount()).isEqualTo(1);
            }
        }
    }

    @Test
    void opening_a_missing_base_read_only_names_the_directory() {
        Path nowhere = dir.resolve("nothing-here");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> KnowledgeBase.openReadOnly(nowhere))
                .hasMessageContaining(nowhere.toString());
    }

    @Test
    void a_slow_run_commits_once_the_interval_has_passed_though_the_batch_is_not_full() throws Exception {
        try (KnowledgeBase kb = KnowledgeBase.open(dir);
             IngestService ingest = kb.ingest("test-1", 1000, Duration.ofMillis(300), StoryParams.DEFAULT)) {
            ingest.ingest(budget().build(), budget().raw(), SourceRef.ofPath("first"));
            assertThat(ingest.counts().commits()).as("within the interval: no commit yet").isZero();
            Thread.sleep(400);
            AnalyzedArticle second = article("a2", "Budget debate ends", "The debate ended at noon.").build();
            ingest.ingest(second, "second".getBytes(StandardCharsets.UTF_8), SourceRef.ofPath("second"));
            assertThat(ingest.counts().commits()).isEqualTo(1);
            assertThat(ingest.counts().commitNanos()).isPositive();
            try (KnowledgeBase fresh = KnowledgeBase.openReadOnly(dir)) {
                assertThat(fresh.searcher().articleCount()).as("durable for another process").isEqualTo(2);
            }
        }
    }

    @Test
    void a_second_writer_is_told_another_run_writes_there_and_leaves_the_first_ones_raw_files_alone()
            throws Exception {
        try (KnowledgeBase first = KnowledgeBase.open(dir)) {
            Path writing = Files.createTempFile(dir.resolve("raw").resolve("tmp"), "abcd1234", ".part");
            assertThatThrownBy(() -> KnowledgeBase.open(dir))
                    .hasMessage("another ingest, reindex or compact is writing to " + dir + " (it holds "
                            + dir.resolve("index").resolve("write.lock") + "); run this when it has finished");
            KnowledgeBase.openReadOnly(dir).close();
            assertThat(writing).as("the first writer's raw file being written").exists();
        }
    }

    @Test
    void what_a_killed_writer_left_does_not_stop_the_next_one() throws Exception {
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            Fixtures.ingest(kb, budget());
        }
        // as a run killed mid-commit and mid-write leaves them: a Lucene temporary file, a half-written raw file, and
        // a raw file stored whole but never committed
        Path luceneTmp = Files.writeString(dir.resolve("index").resolve("_9_Lucene99_0.tmp"), "half a segment");
        Path part = Files.writeString(dir.resolve("raw").resolve("tmp").resolve("ffff0000123.part"), "half");
        byte[] uncommitted = "<p>stored, never committed</p>".getBytes(StandardCharsets.UTF_8);
        String orphan;
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            orphan = kb.raw().put(uncommitted);
        }
        try (KnowledgeBase kb = KnowledgeBase.open(dir); IngestService ingest = kb.ingest("test-1", 10)) {
            assertThat(luceneTmp).doesNotExist();
            assertThat(part).doesNotExist();
            assertThat(ingest.isDone(orphan)).as("an uncommitted input is done again").isFalse();
            AnalyzedArticle a = article("a3", "Stored again", "stored, never committed").build();
            assertThat(ingest.ingest(a, uncommitted, SourceRef.ofPath("again"))).isTrue();
            ingest.commit();
            assertThat(kb.searcher().articleCount()).isEqualTo(2);
            try (Stream<String> hashes = kb.raw().hashes()) {
                assertThat(hashes).contains(orphan).hasSize(2);
            }
        }
    }
}
