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
import org.apache.lucene.search.DocIdSetIterator;

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

    private final Map<Key, int[]> bySegment = new ConcurrentHashMap<>();

    /** The values of each leaf of {@code reader}, by leaf ord; arrays of segments no longer in it are let go. */
    int[][] of(IndexReader reader) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        int[][] out = new int[leaves.size()][];
        Set<Key> used = new HashSet<>();
        for (LeafReaderContext leaf : leaves) {
            Key key = keyOf(leaf);
            if (key == null) {
                out[leaf.ord] = read(leaf);
                continue;
            }
            used.add(key);
            int[] values = bySegment.get(key);
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

    private static int[] read(LeafReaderContext leaf) throws IOException {
        int[] values = new int[leaf.reader().maxDoc()];
        Arrays.fill(values, (int) Fields.PENDING);
        NumericDocValues copyOf = DocValues.getNumeric(leaf.reader(), Fields.COPY_OF);
        for (int doc = copyOf.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = copyOf.nextDoc()) {
            long group = copyOf.longValue();
            if (group >= 0 && group < Integer.MAX_VALUE) values[doc] = (int) group;
        }
        return values;
    }
}
