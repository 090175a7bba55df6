package org.newsgraph.index.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.Bits;

/**
 * The groups of copies of one index snapshot, as the connect pass left them in the {@link Fields#COPY_OF} doc values
 * of articles and their children: the value names the group (its canonical article's sequence number), and this
 * knows how many live articles share each value. An article still pending, or in a base built before the connect
 * layer (no values at all), is a group of its own. Built by one pass over the articles' values; shared by every
 * query on the snapshot.
 */
public final class CopyGroups {
    private static final Term ARTICLES = new Term(Fields.TYPE, Fields.TYPE_ARTICLE);

    /** Live articles per {@code copy_of} value; values are sequence numbers, so dense from 0. */
    private final int[] sizes;
    private final boolean any;
    private final double articlesPerGroup;

    private CopyGroups(int[] sizes, int articles) {
        this.sizes = sizes;
        this.any = Arrays.stream(sizes).anyMatch(n -> n > 1);
        // an article outside the counted values (pending, or no value) is a group of its own
        int counted = Arrays.stream(sizes).sum();
        long groups = Arrays.stream(sizes).filter(n -> n > 0).count() + (articles - counted);
        this.articlesPerGroup = groups == 0 ? 1 : (double) articles / groups;
    }

    public static CopyGroups build(IndexReader reader) throws IOException {
        int[] sizes = new int[0];
        int liveArticles = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            PostingsEnum articles = leaf.reader().postings(ARTICLES, PostingsEnum.NONE);
            if (articles == null) continue;
            NumericDocValues copyOf = DocValues.getNumeric(leaf.reader(), Fields.COPY_OF);
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = articles.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = articles.nextDoc()) {
                if (live != null && !live.get(doc)) continue;
                liveArticles++;
                if (!copyOf.advanceExact(doc)) continue;
                long group = copyOf.longValue();
                if (group < 0 || group >= Integer.MAX_VALUE) continue;
                if (group >= sizes.length) sizes = ArrayUtil.grow(sizes, (int) group + 1);
                sizes[(int) group]++;
            }
        }
        return new CopyGroups(sizes, liveArticles);
    }

    /** Whether any two live articles are copies of each other; when not, nothing needs folding. */
    public boolean any() {
        return any;
    }

    /** Live articles per group of copies (an article without copies is a group of one): 1 when nothing folds. */
    public double articlesPerGroup() {
        return articlesPerGroup;
    }

    /** Whether a {@code copy_of} value (or {@link Fields#PENDING}) names a group of two or more live articles. */
    public boolean shared(long copyOf) {
        return copyOf >= 0 && copyOf < sizes.length && sizes[(int) copyOf] > 1;
    }

    /** The {@code copy_of} value of a document of a leaf, {@link Fields#PENDING} when it has none. */
    public static long of(NumericDocValues copyOf, int doc) throws IOException {
        return copyOf.advanceExact(doc) ? copyOf.longValue() : Fields.PENDING;
    }

    /**
     * The {@code copy_of} values of index-wide document ids in any order (ranked hits), read in document order as doc
     * values require: one forward pass per leaf.
     */
    public static long[] of(IndexReader reader, int[] docs) throws IOException {
        // (doc, position) packed in one long, so the sort is primitive: thousands of ranks on a base with many copies
        long[] order = new long[docs.length];
        for (int i = 0; i < order.length; i++) order[i] = (long) docs[i] << 32 | i;
        Arrays.sort(order);
        long[] out = new long[docs.length];
        List<LeafReaderContext> leaves = reader.leaves();
        int leafOrd = -1;
        NumericDocValues copyOf = null;
        LeafReaderContext leaf = null;
        for (long packed : order) {
            int i = (int) packed;
            int l = ReaderUtil.subIndex(docs[i], leaves);
            if (l != leafOrd) {
                leafOrd = l;
                leaf = leaves.get(l);
                copyOf = DocValues.getNumeric(leaf.reader(), Fields.COPY_OF);
            }
            out[i] = of(copyOf, docs[i] - leaf.docBase);
        }
        return out;
    }
}
