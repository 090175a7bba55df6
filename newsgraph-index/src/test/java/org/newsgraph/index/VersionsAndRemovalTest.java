package org.newsgraph.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.index.Fixtures.article;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.SourceRef;
import org.newsgraph.story.Story;
import org.newsgraph.story.TimelineItem;

/** Real ingests: a page updated at its address, a backfilled older version, removal, and a reanalysed timeline. */
class VersionsAndRemovalTest {
    @TempDir
    Path dir;

    private static final String URL = "https://www.tynesidepost.example/news/bus-drivers-strike-vote";
    private static final String FIRST = "Bus drivers employed by Northway Buses voted to strike over pay, Unite said."
            + " The union said 88 per cent backed a walkout. \"They have had enough,\" said Karen Doyle.";
    private static final String CORRECTED = FIRST.replace("88 per cent", "91 per cent")
            + " Correction: an earlier version of this article said 88 per cent.";

    private static Fixtures.ArticleFixture strike(String id, String text) {
        return article(id, "Bus drivers vote to strike", text).url(URL).publisher("Tyneside Post")
                .published("2026-10-05T09:00:00Z").entity(EntityType.PERSON, "Karen Doyle")
                .entity(EntityType.ORGANIZATION, "Northway Buses").quote("They have had enough,", "Karen Doyle", null);
    }

    private static Fixtures.ArticleFixture other() {
        return article("council", "Council backs bus lanes", "Gateshead council backed new bus lanes on Monday,"
                + " and Northway Buses welcomed the plan for its drivers.").publisher("Tyneside Post")
                .published("2026-10-06").entity(EntityType.ORGANIZATION, "Northway Buses");
    }

    @Test
    void an_updated_page_at_the_same_address_replaces_its_old_version_everywhere_and_keeps_it_as_history()
            throws Exception {
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            Fixtures.ingest(kb, strike("v1", FIRST), other());
            Fixtures.ingest(kb, strike("v2", CORRECTED));
            Searcher s = kb.searcher();
            assertThat(s.search("Northway", SearchFilters.NONE, 10, 0).hits()).extracting(SearchHit::id)
                    .containsExactlyInAnyOrder("v2", "council");
            assertThat(s.search("\"88 per cent backed\"", SearchFilters.NONE, 10, 0).totalHits()).isZero();
            assertThat(s.article("v1")).isEmpty();
            assertThat(s.versions("v2").orElseThrow()).extracting(v -> v.article().article().id()).containsExactly("v1");
            assertThat(s.versions("v1").orElseThrow()).isEmpty(); // a version's own id: the others at its address
            assertThat(s.versions("no-such-id")).isEmpty();
            assertThat(connections().groups()).isEmpty();
            assertThat(connections().stories().stream().flatMap(st -> st.articleIds().stream()))
                    .containsExactlyInAnyOrder("v2", "council");
            KbEntity doyle = s.entities("PERSON", "Karen Doyle", 10, 0).items().get(0);
            assertThat(doyle.articles()).isEqualTo(1);
            assertThat(s.quotes("Karen Doyle", null, 10, 0).total()).isEqualTo(1);
            StringWriter quotes = new StringWriter();
            assertThat(kb.exporter().export(ExportKind.QUOTES, ExportFormat.JSONL, quotes)).isEqualTo(1);
        }
    }

    @Test
    void an_older_version_ingested_after_the_newer_one_is_kept_as_its_history() throws Exception {
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            Fixtures.ingest(kb, strike("v2", CORRECTED).modified("2026-10-06T10:00:00Z"));
            try (IngestService store = kb.ingest("test-1", 100)) {
                var backfill = strike("v1", FIRST);
                store.ingest(backfill.build(), backfill.raw(), SourceRef.ofPath("fixture"));
                assertThat(store.counts().versionsKept()).isEqualTo(1);
            }
            assertThat(kb.searcher().article("v2")).isPresent();
            assertThat(kb.searcher().article("v1")).isEmpty();
            assertThat(kb.searcher().versions("v2").orElseThrow()).extracting(v -> v.article().article().id())
                    .containsExactly("v1");
        }
    }

    @Test
    void processing_the_inputs_again_in_another_order_keeps_the_same_version_live() throws Exception {
        var first = strike("v1", FIRST);
        var corrected = strike("v2", CORRECTED);
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            Fixtures.ingest(kb, first);
            Fixtures.ingest(kb, corrected);
            // a reindex by a newer pipeline, reading the earlier version's input last
            try (IngestService store = kb.ingest("test-2", 100)) {
                store.ingest(corrected.build(), corrected.raw(), SourceRef.ofPath("fixture"));
                store.ingest(first.build(), first.raw(), SourceRef.ofPath("fixture"));
            }
            assertThat(kb.searcher().article("v2")).isPresent();
            assertThat(kb.searcher().article("v1")).isEmpty();
            try (IngestService store = kb.ingest("test-3", 100)) {
                store.ingest(first.build(), first.raw(), SourceRef.ofPath("fixture"));
                store.ingest(corrected.build(), corrected.raw(), SourceRef.ofPath("fixture"));
            }
            assertThat(kb.searcher().article("v2")).isPresent();
            assertThat(kb.searcher().versions("v2").orElseThrow()).extracting(v -> v.article().article().id())
                    .containsExactly("v1");
        }
    }

    @Test
    void two_versions_in_one_session_see_each_other_before_a_commit() throws Exception {
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            try (IngestService store = kb.ingest("test-1", 100)) {
                for (var f : List.of(strike("v1", FIRST), strike("v2", CORRECTED))) {
                    store.ingest(f.build(), f.raw(), SourceRef.ofPath("fixture"));
                }
                assertThat(store.counts().versionsReplaced()).isEqualTo(1);
                assertThat(store.counts().versionsKept()).isZero();
            }
            assertThat(kb.searcher().article("v1")).isEmpty();
            assertThat(kb.searcher().article("v2")).isPresent();
        }
    }

    @Test
    void the_same_address_from_another_outlet_or_a_snippet_is_no_version() throws Exception {
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            Fixtures.ingest(kb, strike("v1", FIRST),
                    strike("syndicated", CORRECTED).publisher("Wearside Courier"));
            assertThat(kb.searcher().article("v1")).isPresent();
            assertThat(kb.searcher().article("syndicated")).isPresent();
            assertThat(kb.searcher().versions("v1").orElseThrow()).isEmpty();
        }
    }

    @Test
    void removing_an_article_takes_it_out_of_search_its_story_its_copies_and_the_counts_and_keeps_the_rest()
            throws Exception {
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            Fixtures.ingest(kb, strike("v1", FIRST), other(),
                    strike("copy", FIRST + " Reporting by Hannah Lowe.").url("https://wearside.example/strike")
                            .publisher("Wearside Courier"));
            assertThat(connections().copiesOf("copy")).isPresent();
            try (IngestService store = kb.ingest("test-1", 100)) {
                assertThat(store.remove("v1")).containsExactly("v1");
                assertThat(store.remove("https://nowhere.example/x")).isEmpty();
            }
            Searcher s = kb.searcher();
            assertThat(s.search("Northway", SearchFilters.NONE, 10, 0).hits()).extracting(SearchHit::id)
                    .containsExactlyInAnyOrder("copy", "council");
            assertThat(connections().copiesOf("copy")).isEmpty();
            assertThat(connections().article("v1")).isEmpty();
            assertThat(connections().stories().stream().flatMap(st -> st.articleIds().stream()))
                    .containsExactlyInAnyOrder("copy", "council");
            assertThat(s.entities("PERSON", "Karen Doyle", 10, 0).items().get(0).articles()).isEqualTo(1);
            assertThat(s.quotes("Karen Doyle", null, 10, 0).total()).isEqualTo(1);
            // its input is gone with it: nothing a reindex could store again
            List<String> inputs = new java.util.ArrayList<>();
            kb.exporter().rawInputs(r -> inputs.add(r.sha256()));
            assertThat(inputs).hasSize(2);
            assertThat(kb.raw().hashes().count()).isEqualTo(2);
        }
    }

    @Test
    void removing_by_address_takes_the_live_article_and_its_versions() throws Exception {
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            Fixtures.ingest(kb, strike("v1", FIRST), other());
            Fixtures.ingest(kb, strike("v2", CORRECTED));
            try (IngestService store = kb.ingest("test-1", 100)) {
                assertThat(store.remove(URL + "/")).containsExactlyInAnyOrder("v2", "v1");
            }
            assertThat(kb.searcher().search("Northway", SearchFilters.NONE, 10, 0).hits()).extracting(SearchHit::id)
                    .containsExactly("council");
            assertThat(kb.searcher().versions("v2")).isEmpty();
        }
    }

    @Test
    void an_address_written_with_a_fragment_or_a_trailing_slash_finds_its_article() throws Exception {
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            Fixtures.ingest(kb, strike("old", FIRST), other());
            try (IngestService store = kb.ingest("test-1", 100)) {
                assertThat(store.remove(URL + "/#comments")).containsExactly("old");
            }
        }
    }

    @Test
    void an_input_processed_again_leaves_out_the_article_removed_from_it() throws Exception {
        var kept = article("kept", "Flood barrier opens", "The flood barrier opened on Friday.").published("2026-10-01");
        var gone = article("gone", "Wrong ingest", "This item was ingested by mistake.").published("2026-10-01");
        byte[] feed = "one feed, two items".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            try (IngestService store = kb.ingest("test-1", 100)) {
                store.ingest(feed, SourceRef.ofPath("feed.rss"), List.of(kept.build(), gone.build()));
            }
            try (IngestService store = kb.ingest("test-1", 100)) {
                assertThat(store.remove("gone")).containsExactly("gone");
            }
            try (IngestService store = kb.ingest("test-2", 100)) {
                store.ingest(feed, SourceRef.ofPath("feed.rss"), List.of(kept.build(), gone.build()));
            }
            assertThat(kb.searcher().article("gone")).isEmpty();
            assertThat(kb.searcher().article("kept")).isPresent();
            assertThat(kb.raw().hashes().count()).isEqualTo(1);
        }
    }

    @Test
    void an_article_stored_again_with_a_new_analysis_brings_its_new_items_to_the_story_timeline() throws Exception {
        var plain = article("strike", "Bus drivers vote to strike", FIRST).url(URL).publisher("Tyneside Post")
                .published("2026-10-05T09:00:00Z").entity(EntityType.PERSON, "Karen Doyle");
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            try (IngestService store = kb.ingest("test-1", 100)) {
                store.ingest(plain.build(), plain.raw(), SourceRef.ofPath("strike.html"));
            }
            assertThat(items()).isEmpty();
            // the same text analysed again (as a reindex with a newer quote stage or with events does)
            plain.quote("They have had enough,", "Karen Doyle", null);
            try (IngestService store = kb.ingest("test-2", 100)) {
                store.ingest(plain.build(), plain.raw(), SourceRef.ofPath("strike.html"));
            }
            assertThat(items()).extracting(TimelineItem::text).containsExactly("They have had enough,");
        }
        // and a new session reads the same from the state it checkpointed
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            try (IngestService store = kb.ingest("test-2", 100)) {
                store.commit();
            }
            assertThat(items()).hasSize(1);
        }
    }

    /** A fresh reader of the stories and copies: a held one looks at the view at most once a second. */
    private Connections connections() {
        return new Connections(dir);
    }

    private List<TimelineItem> items() {
        return connections().stories().stream().map(Story::timeline).flatMap(List::stream)
                .flatMap(d -> d.items().stream()).toList();
    }
}
