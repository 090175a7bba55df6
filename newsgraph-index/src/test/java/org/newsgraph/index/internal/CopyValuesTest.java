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
            int[][] before = values.of(first);
            assertThat(before).hasNumberOfRows(1);
            assertThat(before[0]).containsExactly(7, 7);

            writer.addDocument(doc("c", 9)); // a new segment
            writer.deleteDocuments(new Term(Fields.ARTICLE_ID, "b")); // deletes do not change the values
            DirectoryReader second = DirectoryReader.openIfChanged(first, writer);
            int[][] after = values.of(second);
            assertThat(after).hasNumberOfRows(2);
            assertThat(after[0]).isSameAs(before[0]);
            assertThat(after[1]).containsExactly(9);

            writer.updateNumericDocValue(new Term(Fields.ARTICLE_ID, "a"), Fields.COPY_OF, 9);
            DirectoryReader third = DirectoryReader.openIfChanged(second, writer);
            int[][] updated = values.of(third);
            assertThat(updated[0]).isNotSameAs(before[0]);
            assertThat(updated[0][0]).isEqualTo(9);
            assertThat(updated[1]).isSameAs(after[1]);
            first.close();
            second.close();
            third.close();
        }
    }

    private static Document doc(String id, long copyOf) {
        Document d = new Document();
        d.add(new StringField(Fields.ARTICLE_ID, id, Field.Store.NO));
        d.add(new NumericDocValuesField(Fields.COPY_OF, copyOf));
        return d;
    }
}
