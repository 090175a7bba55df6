package org.newsgraph.index.internal;

import java.util.Arrays;
import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * Matches the representatives of a snapshot's {@link ContentClasses}, as a filter: a conjunction leads with it when
 * it is the sparsest clause, so the postings of the other members are skipped unread. Valid only on the snapshot it
 * was built for (or a reader wrapping it leaf by leaf), hence never cached.
 */
final class RepresentativesQuery extends Query {
    private final ContentClasses classes;

    RepresentativesQuery(ContentClasses classes) {
        this.classes = classes;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                int[] reps = classes.representativesOf(context);
                return reps.length == 0 ? null : new ConstantScoreScorer(this, score(), scoreMode, new Docs(reps));
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return false;
            }
        };
    }

    /** Ascending documents of a list. */
    private static final class Docs extends DocIdSetIterator {
        private final int[] docs;
        private int next;
        private int doc = -1;

        Docs(int[] docs) {
            this.docs = docs;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            return doc = next < docs.length ? docs[next++] : NO_MORE_DOCS;
        }

        @Override
        public int advance(int target) {
            // a rare term leading a conjunction jumps far: search, do not walk
            int at = Arrays.binarySearch(docs, next, docs.length, target);
            next = at >= 0 ? at : -at - 1;
            return nextDoc();
        }

        @Override
        public long cost() {
            return docs.length;
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "ContentClasses.representatives";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && classes == ((RepresentativesQuery) other).classes;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(classes);
    }
}
