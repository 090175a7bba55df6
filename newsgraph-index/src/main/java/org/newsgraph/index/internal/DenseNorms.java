package org.newsgraph.index.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.util.FixedBitSet;

/**
 * The length norms of the ranked fields (title and text) as plain arrays, for the ranking pass. Only articles have
 * these fields, and quotes outnumber them, so the index stores the norms sparse: every scored hit then paid a search
 * in the sparse set's block (about two fifths of the ranking pass under load, 2026-11-23). Here a lookup is an array
 * read, in arrays of the documents that have the field ({@link SparseIndex}): arrays over every document made each
 * lookup a cache miss. The values are the stored ones, so scores do not change; a segment's arrays are read once and
 * reused across snapshots (norms belong to the segment's core, which doc-values updates and deletions leave alone).
 * Thread-safe; a segment's arrays are let go when Lucene closes its core (the last reader holding it is closed), so
 * a snapshot built late for an older reader cannot evict the newer reader's segments.
 */
public final class DenseNorms {
    private static final List<String> FIELDS = List.of(Fields.TITLE, Fields.TEXT);

    /**
     * One field's norms in one segment, by position in {@code docs}: the segment's documents with a norm of any of
     * {@link #FIELDS} (its articles), shared by the fields so that a hit's lookups of both read one cache line.
     */
    private record Norms(SparseIndex docs, FixedBitSet present, byte[] values, int count) {
    }

    /**
     * A segment's norms per field of {@link #FIELDS}, an element null where the segment has no norms for the field
     * (a segment of raw inputs only, without articles) or norms that do not fit the byte the arrays keep.
     */
    private record Segment(Norms[] byField) {
    }

    private final Map<Object, Segment> bySegment = new ConcurrentHashMap<>();

    /** {@code reader} with the dense norms; everything else, cache keys included, is the reader's own. */
    public DirectoryReader wrap(DirectoryReader reader) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            IndexReader.CacheHelper core = leaf.reader().getCoreCacheHelper();
            if (core == null || bySegment.containsKey(core.getKey())) continue;
            Segment segment = read(leaf.reader());
            if (bySegment.putIfAbsent(core.getKey(), segment) == null) {
                try {
                    core.addClosedListener(bySegment::remove);
                } catch (AlreadyClosedException e) {
                    bySegment.remove(core.getKey(), segment); // no listener would ever let it go
                    throw e;
                }
            }
        }
        return new Reader(reader, this);
    }

    /** Segments whose arrays are held: those of cores still open. */
    int segments() {
        return bySegment.size();
    }

    private static Segment read(LeafReader reader) throws IOException {
        FixedBitSet any = new FixedBitSet(reader.maxDoc());
        for (String field : FIELDS) {
            NumericDocValues norms = reader.getNormValues(field);
            if (norms != null) any.or(norms);
        }
        SparseIndex docs = SparseIndex.of(any);
        Norms[] byField = new Norms[FIELDS.size()];
        for (int f = 0; f < byField.length; f++) byField[f] = read(reader, FIELDS.get(f), docs);
        return new Segment(byField);
    }

    private static Norms read(LeafReader reader, String field, SparseIndex docs) throws IOException {
        NumericDocValues norms = reader.getNormValues(field);
        if (norms == null) return null;
        FixedBitSet present = new FixedBitSet(docs.size());
        byte[] values = new byte[docs.size()];
        int count = 0;
        for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
            long v = norms.longValue();
            if (v != (byte) v) return null;
            int i = docs.indexOf(doc);
            present.set(i);
            values[i] = (byte) v;
            count++;
        }
        return new Norms(docs, present, values, count);
    }

    /** The arrays of {@code field} in {@code reader}'s segment; null: read the segment's own norms. */
    private Norms of(LeafReader reader, String field) {
        int f = FIELDS.indexOf(field);
        IndexReader.CacheHelper core = reader.getCoreCacheHelper();
        Segment segment = f < 0 || core == null ? null : bySegment.get(core.getKey());
        return segment == null ? null : segment.byField()[f];
    }

    private static final class Reader extends FilterDirectoryReader {
        private final DenseNorms norms;

        Reader(DirectoryReader in, DenseNorms norms) throws IOException {
            super(in, new SubReaderWrapper() {
                @Override
                public LeafReader wrap(LeafReader reader) {
                    return new Leaf(reader, norms);
                }
            });
            this.norms = norms;
        }

        @Override
        protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
            return norms.wrap(in);
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return in.getReaderCacheHelper();
        }
    }

    private static final class Leaf extends FilterLeafReader {
        private final DenseNorms norms;

        Leaf(LeafReader in, DenseNorms norms) {
            super(in);
            this.norms = norms;
        }

        @Override
        public NumericDocValues getNormValues(String field) throws IOException {
            Norms n = norms.of(in, field);
            return n == null ? in.getNormValues(field) : new Iterator(n);
        }

        // the documents and their values are the wrapped reader's, so its cache keys hold for this one too
        @Override
        public CacheHelper getCoreCacheHelper() {
            return in.getCoreCacheHelper();
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return in.getReaderCacheHelper();
        }
    }

    private static final class Iterator extends NumericDocValues {
        private final Norms norms;
        private int doc = -1;
        private int index = -1;

        Iterator(Norms norms) {
            this.norms = norms;
        }

        @Override
        public boolean advanceExact(int target) {
            doc = target;
            index = norms.docs.indexOf(target);
            return index >= 0 && norms.present.get(index);
        }

        @Override
        public long longValue() {
            return norms.values[index];
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            return advance(doc + 1);
        }

        @Override
        public int advance(int target) {
            for (doc = norms.docs.nextDoc(target); doc != NO_MORE_DOCS; doc = norms.docs.nextDoc(doc + 1)) {
                index = norms.docs.indexOf(doc);
                if (norms.present.get(index)) return doc;
            }
            index = -1;
            return doc;
        }

        @Override
        public long cost() {
            return norms.count;
        }
    }
}
