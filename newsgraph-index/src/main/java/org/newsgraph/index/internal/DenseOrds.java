package org.newsgraph.index.internal;

import java.io.IOException;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * One segment's ordinals of a sorted-set doc-values field as arrays over the documents that have the field. Only
 * articles carry the facet and entity-key fields, so the index stores them sparse, and every counted hit walked the
 * sparse block up to it (about a seventh of a search under load, 2026-11-23 profile: the facet counts and the
 * entity counter). The ordinals and their terms are the segment's own, so counts do not change. Immutable.
 */
final class DenseOrds {
    private final SparseIndex docs;
    // the ordinals of the document at position i are ords[starts[i]] to ords[starts[i + 1]] (exclusive)
    private final int[] starts;
    private final int[] ords;

    private DenseOrds(SparseIndex docs, int[] starts, int[] ords) {
        this.docs = docs;
        this.starts = starts;
        this.ords = ords;
    }

    /** The field's ordinals in {@code reader}, or null where it has none or more than an int can number. */
    static DenseOrds read(LeafReader reader, String field) throws IOException {
        SortedSetDocValues values = reader.getSortedSetDocValues(field);
        if (values == null || values.getValueCount() > Integer.MAX_VALUE) return null;
        FixedBitSet present = new FixedBitSet(reader.maxDoc());
        int[] starts = new int[64];
        int[] ords = new int[256];
        int count = 0;
        int n = 0;
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            present.set(doc);
            int k = values.docValueCount();
            if (ords.length < count + k) ords = ArrayUtil.grow(ords, count + k);
            for (int i = 0; i < k; i++) ords[count++] = (int) values.nextOrd();
            if (starts.length < n + 2) starts = ArrayUtil.grow(starts, n + 2);
            starts[++n] = count;
        }
        return new DenseOrds(SparseIndex.of(present), ArrayUtil.copyOfSubArray(starts, 0, n + 1),
                ArrayUtil.copyOfSubArray(ords, 0, count));
    }

    /** Doc values reading these arrays; terms are looked up in {@code own}, the segment's doc values of the field. */
    SortedSetDocValues docValues(SortedSetDocValues own) {
        return new Values(own);
    }

    private final class Values extends SortedSetDocValues {
        private final SortedSetDocValues own;
        private int doc = -1;
        private int next;
        private int end;
        private int count;

        Values(SortedSetDocValues own) {
            this.own = own;
        }

        @Override
        public boolean advanceExact(int target) {
            doc = target;
            return position(docs.indexOf(target));
        }

        private boolean position(int i) {
            if (i < 0) {
                next = end = count = 0;
                return false;
            }
            next = starts[i];
            end = starts[i + 1];
            count = end - next;
            return true;
        }

        @Override
        public long nextOrd() {
            return next < end ? ords[next++] : NO_MORE_ORDS;
        }

        @Override
        public int docValueCount() {
            return count;
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
            doc = docs.nextDoc(target);
            if (doc != NO_MORE_DOCS) position(docs.indexOf(doc));
            return doc;
        }

        @Override
        public long cost() {
            return docs.size();
        }

        @Override
        public long getValueCount() {
            return own.getValueCount();
        }

        @Override
        public BytesRef lookupOrd(long ord) throws IOException {
            return own.lookupOrd(ord);
        }

        @Override
        public long lookupTerm(BytesRef key) throws IOException {
            return own.lookupTerm(key);
        }

        @Override
        public TermsEnum termsEnum() throws IOException {
            return own.termsEnum();
        }
    }
}
