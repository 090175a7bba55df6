package org.newsgraph.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class CopyFoldingTest {

    /** A scorer that gives one fixed score and remembers the minimum it was told. */
    private static final class FixedScore extends Scorable {
        private final float score;
        float minCompetitive;

        FixedScore(float score) {
            this.score = score;
        }

        @Override
        public float score() {
            return score;
        }

        @Override
        public int docID() {
            return 0;
        }

        @Override
        public void setMinCompetitiveScore(float min) {
            minCompetitive = min;
        }
    }

    @Test
    void a_full_page_tells_the_next_segments_scorer_its_minimum_before_any_hit() throws Exception {
        try (ByteBuffersDirectory d = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer())
                     .setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int segment = 0; segment < 2; segment++) {
                Document doc = new Document();
                doc.add(new StringField(Fields.TYPE, Fields.TYPE_ARTICLE, Field.Store.NO));
                w.addDocument(doc);
                w.commit();
            }
            try (DirectoryReader reader = DirectoryReader.open(w)) {
                assertThat(reader.leaves()).hasSize(2);
                CopyFolding.Ranker ranker = CopyFolding.byScore(CopyGroups.build(reader, new CopyValues()), 0, 1).newCollector();
                LeafCollector first = ranker.getLeafCollector(reader.leaves().get(0));
                first.setScorer(new FixedScore(5f));
                first.collect(0);
                // a later segment where no hit beats the page: without the minimum it would be scored exhaustively
                FixedScore next = new FixedScore(1f);
                ranker.getLeafCollector(reader.leaves().get(1)).setScorer(next);
                assertThat(next.minCompetitive).isEqualTo(Math.nextUp(5f));
            }
        }
    }
}
