package org.newsgraph.index.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The {@link Fields#COPY_OF} value of every document, one array per segment, reused across index snapshots for a
 * segment whose values did not change. A live ingest opens a snapshot per commit, and reading every segment's values
 * again meant a pass over all 4.3 million documents of the benchmark base for the few a commit added (the group
 * sizes and the entity catalog are still rebuilt per snapshot). A segment's
 * array is keyed by its core (the documents) and the doc-values generation of {@code copy_of}: the connect pass
 * rewrites the values of committed articles in place, which leaves the core as it was but moves the generation.
 * Deletions change neither, and the array does not depend on them (liveness is read where groups are sized).
 * Thread-safe; two snapshots built at once may read a segment twice, never see a stale array.
 */
public final class CopyValues {
    private record Key(Object core, long generation) {
    }

    /**
     * One segment's values: of every document, and of its articles alone in article order. A search reads only
     * articles' values, document ids rising by about 43 per article on the benchmark base: in the array of every
     * document each of those reads was a cache miss (about a fifth of the ranking pass, 2026-11-23 profile).
     *
     * @param byDoc     the value of every document ({@link Fields#PENDING} where none)
     * @param articles  the segment's article documents, deleted ones included (values do not depend on liveness)
     * @param byArticle the value of each of {@code articles}, in document order
     */
    public record Segment(int[] byDoc, SparseIndex articles, int[] byArticle) {
        /** The value of document {@code doc}, read from the short array when it is an article. */
        public int of(int doc) {
            int i = articles.indexOf(doc);
            return i < 0 ? byDoc[doc] : byArticle[i];
        }
    }

    private final Map<Key, Segment> bySegment = new ConcurrentHashMap<>();

    /** The values of each leaf of {@code reader}, by leaf ord; arrays of segments no longer in it are let go. */
    Segment[] of(IndexReader reader) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        Segment[] out = new Segment[leaves.size()];
        Set<Key> used = new HashSet<>();
        for (LeafReaderContext leaf : leaves) {
            Key key = keyOf(leaf);
            if (key == null) {
                out[leaf.ord] = read(leaf);
                continue;
            }
            used.add(key);
            Segment values = bySegment.get(key);
            if (values == null) {
                values = read(leaf);
                bySegment.put(key, values);
            }
            out[leaf.ord] = values;
        }
        bySegment.keySet().retainAll(used);
        return out;
    }

    /** Null when the reader has no core key to cache by (a wrapping reader): then it is read every time. */
    private static Key keyOf(LeafReaderContext leaf) {
        IndexReader.CacheHelper core = leaf.reader().getCoreCacheHelper();
        if (core == null) return null;
        FieldInfo field = leaf.reader().getFieldInfos().fieldInfo(Fields.COPY_OF);
        return new Key(core.getKey(), field == null ? Long.MIN_VALUE : field.getDocValuesGen());
    }

    private static Segment read(LeafReaderContext leaf) throws IOException {
        int[] values = new int[leaf.reader().maxDoc()];
        Arrays.fill(values, (int) Fields.PENDING);
        NumericDocValues copyOf = DocValues.getNumeric(leaf.reader(), Fields.COPY_OF);
        for (int doc = copyOf.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = copyOf.nextDoc()) {
            long group = copyOf.longValue();
            if (group >= 0 && group < Integer.MAX_VALUE) values[doc] = (int) group;
        }
        FixedBitSet articles = new FixedBitSet(values.length);
        PostingsEnum postings = leaf.reader().postings(Fields.ARTICLES, PostingsEnum.NONE);
        if (postings != null) {
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                articles.set(doc);
            }
        }
        SparseIndex index = SparseIndex.of(articles);
        int[] byArticle = new int[index.size()];
        for (int doc = index.nextDoc(0), i = 0; doc != DocIdSetIterator.NO_MORE_DOCS; doc = index.nextDoc(doc + 1)) {
            byArticle[i++] = values[doc];
        }
        return new Segment(values, index, byArticle);
    }
}
