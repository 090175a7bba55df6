package org.newsgraph.index.internal;

import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.FixedBitSet;

/**
 * The entities (catalog indices) each document of one segment names, in arrays: the documents with any
 * {@link Fields#ENTITY_KEY} value, and for each the catalog indices of its keys in key order, keys the catalog does
 * not know left out. Facet and co-mention counting read a few hundred sampled documents' entities per request; through
 * the doc values each read was an advance of the sparse doc-values iterator and a decoded ordinal per key, about a
 * third of a search's facet cost (2026-11-23 profile, 100,000-article base). Built in the catalog's own pass over every
 * article, so a snapshot pays for it once. Immutable.
 */
final class LeafEntities {
    private final SparseIndex documents;
    private final int[] starts;
    private final int[] entities;

    private LeafEntities(SparseIndex documents, int[] starts, int[] entities) {
        this.documents = documents;
        this.starts = starts;
        this.entities = entities;
    }

    /** Reads a segment's keys, mapping each key ordinal through {@code ordMap} (-1: not in the catalog). */
    static LeafEntities read(LeafReader reader, int[] ordMap) throws IOException {
        SortedSetDocValues keys = DocValues.getSortedSet(reader, Fields.ENTITY_KEY);
        FixedBitSet named = new FixedBitSet(reader.maxDoc());
        int[] starts = new int[16];
        int[] entities = new int[256];
        int n = 0;
        int size = 0;
        for (int doc = keys.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = keys.nextDoc()) {
            named.set(doc);
            int count = keys.docValueCount();
            if (starts.length < n + 2) starts = ArrayUtil.grow(starts, n + 2);
            if (entities.length < size + count) entities = ArrayUtil.grow(entities, size + count);
            starts[n++] = size;
            for (int k = 0; k < count; k++) {
                int entity = ordMap[(int) keys.nextOrd()];
                if (entity >= 0) entities[size++] = entity;
            }
        }
        starts[n] = size;
        return new LeafEntities(SparseIndex.of(named), ArrayUtil.copyOfSubArray(starts, 0, n + 1),
                ArrayUtil.copyOfSubArray(entities, 0, size));
    }

    /** The document's position here, or -1 when it has no entity keys at all. */
    int indexOf(int doc) {
        return documents.indexOf(doc);
    }

    /** Where the entities of the document at {@code index} begin in {@link #entity}. */
    int start(int index) {
        return starts[index];
    }

    int end(int index) {
        return starts[index + 1];
    }

    int entity(int k) {
        return entities[k];
    }
}
