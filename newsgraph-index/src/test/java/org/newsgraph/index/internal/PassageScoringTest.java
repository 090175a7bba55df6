package org.newsgraph.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class PassageScoringTest {
    private static final String[] WORDS = {"police", "fire", "flood", "court", "minister", "storm", "election", "war"};

    @Test
    void scoresEveryPassageAsLucenesDefaultScorerDoes() {
        PassageScorer lucene = new PassageScorer();
        PassageScorer ours = new PassageScoring();
        Random random = new Random(7);
        for (int round = 0; round < 5_000; round++) {
            Passage p = new Passage();
            int start = random.nextInt(5_000);
            p.setStartOffset(start);
            p.setEndOffset(start + 130 + random.nextInt(400)); // room for every match below
            int matches = random.nextInt(12);
            for (int i = 0; i < matches; i++) {
                // a term's bytes at an offset in a larger array: equal terms need not be the same object
                byte[] word = WORDS[random.nextInt(random.nextBoolean() ? 2 : WORDS.length)]
                        .getBytes(StandardCharsets.UTF_8);
                byte[] padded = new byte[word.length + 3];
                System.arraycopy(word, 0, padded, 2, word.length);
                int at = p.getStartOffset() + i * 10;
                p.addMatch(at, at + word.length, new BytesRef(padded, 2, word.length), 1 + random.nextInt(30));
            }
            int contentLength = p.getEndOffset() + random.nextInt(20_000);
            assertThat(Float.floatToIntBits(ours.score(p, contentLength)))
                    .as("round %d", round).isEqualTo(Float.floatToIntBits(lucene.score(p, contentLength)));
        }
    }

    @Test
    void highlightsAsLucenesDefaultScorerDoes() throws Exception {
        Random random = new Random(11);
        FieldType withOffsets = new FieldType();
        withOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        withOffsets.setTokenized(true);
        withOffsets.setStored(true);
        withOffsets.freeze();
        StandardAnalyzer analyzer = new StandardAnalyzer();
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                for (int d = 0; d < 200; d++) {
                    StringBuilder text = new StringBuilder();
                    for (int s = 0, sentences = 3 + random.nextInt(30); s < sentences; s++) {
                        for (int i = 0, n = 4 + random.nextInt(20); i < n; i++) {
                            text.append(random.nextInt(4) == 0 ? WORDS[random.nextInt(WORDS.length)] : "word" + random.nextInt(50))
                                    .append(' ');
                        }
                        text.append(". ");
                    }
                    Document doc = new Document();
                    doc.add(new Field("text", text.toString(), withOffsets));
                    w.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                TopDocs all = searcher.search(new MatchAllDocsQuery(), 200);
                for (int q = 0; q < 20; q++) {
                    BooleanQuery.Builder query = new BooleanQuery.Builder();
                    for (int i = 0; i <= q % 3; i++) {
                        query.add(new TermQuery(new Term("text", WORDS[random.nextInt(WORDS.length)])),
                                BooleanClause.Occur.SHOULD);
                    }
                    Query built = query.build();
                    String[] lucene = UnifiedHighlighter.builder(searcher, analyzer).withMaxNoHighlightPassages(0)
                            .build().highlight("text", built, all, 2);
                    String[] ours = UnifiedHighlighter.builder(searcher, analyzer).withMaxNoHighlightPassages(0)
                            .withScorer(new PassageScoring()).build().highlight("text", built, all, 2);
                    assertThat(ours).isEqualTo(lucene);
                    assertThat(lucene).anyMatch(s -> s != null && s.contains("<b>"));
                }
            }
        }
    }
}
