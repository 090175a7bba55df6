package org.newsgraph.index.internal;

import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.ArrayUtil;

/**
 * The (index-wide) documents a query matches, ascending; for queries over class representatives, which are at most
 * half the articles. Scores nothing, and needs every hit, so the scorer beside it cannot skip by score.
 */
public final class HitList implements CollectorManager<HitList.Hits, int[]> {
    @Override
    public Hits newCollector() {
        return new Hits();
    }

    @Override
    public int[] reduce(Collection<Hits> collectors) {
        if (collectors.size() != 1) throw new IllegalStateException("a hit list needs one slice, in document order");
        Hits h = collectors.iterator().next();
        return ArrayUtil.copyOfSubArray(h.docs, 0, h.size);
    }

    public static final class Hits extends SimpleCollector {
        private int[] docs = new int[64];
        private int size;
        private int docBase;

        @Override
        protected void doSetNextReader(LeafReaderContext context) {
            docBase = context.docBase;
        }

        @Override
        public void collect(int doc) {
            if (size == docs.length) docs = ArrayUtil.grow(docs, size + 1);
            docs[size++] = docBase + doc;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
