package org.newsgraph.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** Dense norms give the stored norms, hence the same scores, on sparse fields; arrays follow new segments. */
class DenseNormsTest {

    @Test
    void scores_and_norms_are_those_of_the_index_across_snapshots() throws Exception {
        try (Directory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer())
                     .setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int i = 0; i < 300; i++) {
                // most documents lack the ranked fields, as quotes do: the norms are stored sparse
                writer.addDocument(i % 7 == 0 ? article(i) : new Document());
            }
            writer.commit();
            DenseNorms norms = new DenseNorms();
            DirectoryReader plain = DirectoryReader.open(writer);
            DirectoryReader dense = norms.wrap(plain);
            assertSameScores(plain, dense);
            assertSameNorms(plain.leaves().get(0).reader(), dense.leaves().get(0).reader());

            writer.addDocument(article(1000)); // a new segment
            DirectoryReader plain2 = DirectoryReader.openIfChanged(plain, writer);
            DirectoryReader dense2 = norms.wrap(plain2);
            assertSameScores(plain2, dense2);
            for (String field : List.of(Fields.TITLE, Fields.TEXT)) {
                // the first segment's values come from the same arrays: equal, and read without a pass
                assertThat(values(dense2.leaves().get(0).reader().getNormValues(field)))
                        .isEqualTo(values(plain2.leaves().get(0).reader().getNormValues(field)));
            }
            assertThat(dense2.leaves().get(0).reader().getCoreCacheHelper().getKey())
                    .isSameAs(plain2.leaves().get(0).reader().getCoreCacheHelper().getKey());
            plain.close();
            plain2.close();
        }
    }

    @Test
    void a_segment_without_articles_is_searched_and_closed_segments_are_let_go() throws Exception {
        try (Directory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int i = 0; i < 50; i++) writer.addDocument(article(i));
            writer.commit();
            // a commit of pages that gave no article stores only their raw documents: no title or text norms
            for (int i = 0; i < 20; i++) writer.addDocument(new Document());
            writer.commit();
            DenseNorms norms = new DenseNorms();
            // readers of the commit, not of the writer, whose pool would keep segment cores open
            DirectoryReader plain = DirectoryReader.open(dir);
            assertThat(plain.leaves()).hasSize(2);
            assertThat(plain.leaves().get(1).reader().getNormValues(Fields.TITLE)).isNull();
            DirectoryReader dense = norms.wrap(plain);
            assertSameScores(plain, dense);
            assertThat(dense.leaves().get(1).reader().getNormValues(Fields.TITLE)).isNull();
            assertThat(norms.segments()).isEqualTo(2);

            writer.forceMerge(1);
            writer.commit();
            DirectoryReader merged = DirectoryReader.openIfChanged(plain);
            DirectoryReader denseMerged = norms.wrap(merged);
            assertSameScores(merged, denseMerged);
            // an older reader wrapped after the newer one still finds the newer segment's arrays held
            norms.wrap(plain);
            assertThat(norms.segments()).isEqualTo(3);
            plain.close();
            assertThat(norms.segments()).isEqualTo(1);
            merged.close();
            assertThat(norms.segments()).isZero();
        }
    }

    private static void assertSameScores(DirectoryReader plain, DirectoryReader dense) throws Exception {
        for (String word : List.of("harbour", "mayor", "trade", "expansion")) {
            Query q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.TITLE, word)), Occur.SHOULD)
                    .add(new TermQuery(new Term(Fields.TEXT, word)), Occur.SHOULD).build();
            ScoreDoc[] a = new IndexSearcher(plain).search(q, 1000).scoreDocs;
            ScoreDoc[] b = new IndexSearcher(dense).search(q, 1000).scoreDocs;
            assertThat(a).isNotEmpty();
            assertThat(b).hasSameSizeAs(a);
            for (int i = 0; i < a.length; i++) {
                assertThat(b[i].doc).isEqualTo(a[i].doc);
                assertThat(b[i].score).isEqualTo(a[i].score);
            }
        }
    }

    private static void assertSameNorms(LeafReader plain, LeafReader dense) throws Exception {
        for (String field : List.of(Fields.TITLE, Fields.TEXT)) {
            assertThat(values(dense.getNormValues(field))).isEqualTo(values(plain.getNormValues(field)));
            NumericDocValues d = dense.getNormValues(field);
            NumericDocValues p = plain.getNormValues(field);
            for (int doc = 0; doc < plain.maxDoc(); doc++) {
                boolean has = p.advanceExact(doc);
                assertThat(d.advanceExact(doc)).isEqualTo(has);
                if (has) assertThat(d.longValue()).isEqualTo(p.longValue());
            }
        }
    }

    /** Every (document, norm) pair in iteration order. */
    private static List<Long> values(NumericDocValues norms) throws Exception {
        List<Long> out = new ArrayList<>();
        for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
            out.add((long) doc);
            out.add(norms.longValue());
        }
        return out;
    }

    private static Document article(int i) {
        Document d = new Document();
        d.add(new StringField(Fields.ARTICLE_ID, "a" + i, Field.Store.NO));
        if (i % 3 != 0) { // some articles have no title: its norms cover fewer documents than the text's
            d.add(new TextField(Fields.TITLE, i % 2 == 0 ? "Harbour expansion" : "Mayor speaks on harbour trade",
                    Field.Store.NO));
        }
        d.add(new TextField(Fields.TEXT, "word ".repeat(i % 40) + "the harbour expansion will double its trade,"
                + " the mayor said", Field.Store.NO));
        return d;
    }
}
