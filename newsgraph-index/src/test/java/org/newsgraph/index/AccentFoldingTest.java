package org.newsgraph.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.index.Fixtures.article;

import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.index.internal.Analyzers;
import org.newsgraph.index.internal.Fields;

/** Searches match words without their accents, exact spellings first (session 27). */
class AccentFoldingTest {
    @TempDir
    static Path dir;
    static KnowledgeBase kb;
    static Searcher searcher;

    @BeforeAll
    static void ingest() throws Exception {
        kb = KnowledgeBase.open(dir);
        Fixtures.ingest(kb,
                article("accented", "Fernández wins the primary", "Alberto Fernández won the vote in Buenos Aires."),
                article("plain", "Fernandez trails in polls", "Polls put Fernandez behind in the north."),
                article("turkish", "Erdoğan visits Berlin", "Recep Tayyip Erdoğan met the chancellor on Friday."),
                article("hospital", "Charité opens new wing", "The Charité hospital in Berlin opened a cancer wing."),
                article("street", "Straße closed after storm", "The Hauptstraße stays closed until Monday."),
                article("cyrillic", "Москва hosts summit", "Leaders met in Москва on Tuesday."),
                article("charity", "Charity run raises funds", "A charity run in Leeds raised £4,000."));
        searcher = kb.searcher();
    }

    @AfterAll
    static void close() throws Exception {
        kb.close();
    }

    private static java.util.List<String> ids(String query) {
        return searcher.search(query, SearchFilters.NONE, 10, 0).hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void a_word_typed_without_its_accents_finds_the_accented_spelling_and_the_exact_one_ranks_first() {
        assertThat(ids("Fernandez")).containsExactlyInAnyOrder("accented", "plain");
        assertThat(ids("Fernández")).containsExactly("accented", "plain");
        assertThat(ids("erdogan")).containsExactly("turkish");
        assertThat(ids("\"Tayyip Erdogan\"")).containsExactly("turkish");
        assertThat(ids("charite")).containsExactly("hospital");
        assertThat(ids("Fernand*")).containsExactlyInAnyOrder("accented", "plain");
        assertThat(ids("Fernánd*")).containsExactlyInAnyOrder("accented", "plain");
        assertThat(ids("strasse")).containsExactly("street");
    }

    @Test
    void folding_joins_no_other_words_and_leaves_other_scripts_alone() {
        // "charite" is not "charity" (stemming keeps them apart), Cyrillic has nothing to fold
        assertThat(ids("charity")).containsExactly("charity");
        assertThat(ids("Москва")).containsExactly("cyrillic");
        assertThat(ids("moskva")).isEmpty();
        assertThat(ids("Fernando")).isEmpty();
    }

    @Test
    void the_snippet_marks_the_accented_word_a_folded_query_found() {
        SearchHit hit = searcher.search("Erdogan", SearchFilters.NONE, 10, 0).hits().get(0);
        Snippet s = hit.snippets().get(0);
        assertThat(s.highlights()).extracting(h -> h.of(s.text())).contains("Erdoğan");
    }

    @Test
    void a_new_base_has_no_article_analysed_before_folding() {
        assertThat(searcher.articlesAnalysedBefore()).isZero();
    }

    @Test
    void an_article_indexed_before_folding_is_counted(@TempDir Path old) throws Exception {
        try (KnowledgeBase base = KnowledgeBase.open(old)) {
            Fixtures.ingest(base, article("new", "Fernández wins", "Alberto Fernández won."));
        }
        // an article document as a build before session 27 wrote it: no mark of the analysis
        try (FSDirectory d = FSDirectory.open(old.resolve("index"));
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(Analyzers.create()))) {
            Document doc = new Document();
            doc.add(new StringField(Fields.TYPE, Fields.TYPE_ARTICLE, Field.Store.NO));
            doc.add(new StringField(Fields.ARTICLE_ID, "old", Field.Store.YES));
            w.addDocument(doc);
            w.commit();
        }
        try (KnowledgeBase base = KnowledgeBase.openReadOnly(old)) {
            assertThat(base.searcher().articlesAnalysedBefore()).isEqualTo(1);
        }
        // the new article stored again: its replaced document, deleted but not merged away, is not counted
        try (KnowledgeBase base = KnowledgeBase.open(old)) {
            Fixtures.ingest(base, article("new", "Fernández wins", "Alberto Fernández won again."));
            assertThat(base.searcher().articleCount()).isEqualTo(2);
            assertThat(base.searcher().articlesAnalysedBefore()).isEqualTo(1);
        }
    }

    @Test
    void a_query_that_can_match_nothing_says_why() {
        assertThat(searcher.unmatchable("the")).contains("only common words");
        assertThat(searcher.unmatchable("the and of")).contains("only common words");
        assertThat(searcher.unmatchable("-trump")).contains("only excludes").contains("*:* -trump");
        assertThat(searcher.unmatchable("-trump -biden")).contains("only excludes");
        // queries that can match: none said
        assertThat(searcher.unmatchable("the primary")).isNull();
        assertThat(searcher.unmatchable("volcano -trump")).isNull();
        assertThat(searcher.unmatchable("*:* -trump")).isNull();
        assertThat(searcher.unmatchable("\"the who\"")).isNull();
        assertThat(searcher.unmatchable("")).isNull();
        assertThat(searcher.search("*:* -Fernandez", SearchFilters.NONE, 10, 0).totalHits()).isEqualTo(5);
    }
}
