package org.newsgraph.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** Per-segment copy values are reused while a segment is unchanged, and read again once its values move. */
class CopyValuesTest {

    @Test
    void an_unchanged_segment_keeps_its_array_and_an_updated_one_is_read_again() throws Exception {
        try (Directory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer())
                     .setMergePolicy(NoMergePolicy.INSTANCE))) {
            writer.addDocument(doc("a", 7));
            writer.addDocument(doc("b", 7));
            writer.commit();
            CopyValues values = new CopyValues();
            DirectoryReader first = DirectoryReader.open(writer);
            CopyValues.Segment[] before = values.of(first);
            assertThat(before).hasSize(1);
            assertThat(before[0].byDoc()).containsExactly(7, 7);

            writer.addDocument(doc("c", 9)); // a new segment
            writer.deleteDocuments(new Term(Fields.ARTICLE_ID, "b")); // deletes do not change the values
            DirectoryReader second = DirectoryReader.openIfChanged(first, writer);
            CopyValues.Segment[] after = values.of(second);
            assertThat(after).hasSize(2);
            assertThat(after[0]).isSameAs(before[0]);
            assertThat(after[1].byDoc()).containsExactly(9);

            writer.updateNumericDocValue(new Term(Fields.ARTICLE_ID, "a"), Fields.COPY_OF, 9);
            DirectoryReader third = DirectoryReader.openIfChanged(second, writer);
            CopyValues.Segment[] updated = values.of(third);
            assertThat(updated[0]).isNotSameAs(before[0]);
            assertThat(updated[0].of(0)).isEqualTo(9);
            assertThat(updated[1]).isSameAs(after[1]);
            first.close();
            second.close();
            third.close();
        }
    }

    @Test
    void articles_values_are_read_from_their_own_array_and_agree_with_every_documents() throws Exception {
        try (Directory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int i = 0; i < 500; i++) {
                // an article with its children, as ingest writes them: articles are sparse among documents
                Document article = doc("a" + i, i % 3 == 0 ? Fields.PENDING : i / 2);
                article.add(new StringField(Fields.TYPE, Fields.TYPE_ARTICLE, Field.Store.NO));
                writer.addDocument(article);
                for (int c = 0; c < i % 5; c++) writer.addDocument(doc("a" + i, 100_000 + c));
            }
            writer.forceMerge(1);
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                CopyValues.Segment segment = new CopyValues().of(reader)[0];
                assertThat(segment.articles().size()).isEqualTo(500);
                assertThat(segment.byArticle()).hasSize(500);
                for (int doc = 0; doc < reader.maxDoc(); doc++) {
                    assertThat(segment.of(doc)).isEqualTo(segment.byDoc()[doc]);
                }
                assertThat(segment.byArticle()).contains((int) Fields.PENDING, 1, 249);
            }
        }
    }

    private static Document doc(String id, long copyOf) {
        Document d = new Document();
        d.add(new StringField(Fields.ARTICLE_ID, id, Field.Store.NO));
        d.add(new NumericDocValuesField(Fields.COPY_OF, copyOf));
        return d;
    }
}
