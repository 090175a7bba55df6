package org.newsgraph.index.internal;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.Bits;

/**
 * The groups of copies of one index snapshot, as the connect pass left them in the {@link Fields#COPY_OF} doc values
 * of articles and their children: the value names the group (its canonical article's sequence number), and this
 * knows how many live articles share each value. An article still pending, or in a base built before the connect
 * layer (no values at all), is a group of its own. Built by one pass over the articles' values and, when anything
 * folds, one over every document's of the segments that changed ({@link CopyValues}); shared by every query on the
 * snapshot.
 */
public final class CopyGroups {
    /** Live articles per {@code copy_of} value; values are sequence numbers, so dense from 0. */
    private final int[] sizes;
    private final boolean any;
    private final int articles;
    /**
     * Per leaf, the {@code copy_of} value of every document ({@link Fields#PENDING} where none); null when nothing
     * folds. Reading the doc values instead cost a walk over the bits of every document between two hits (articles are
     * sparse among their mention and quote documents): a tenth of a search's CPU on a base full of copies. The ranking
     * pass reads the articles' own values ({@link CopyValues.Segment}), which stay in cache where the per-document
     * array did not.
     */
    private final CopyValues.Segment[] byLeaf;

    private CopyGroups(int[] sizes, int articles, IndexReader reader, CopyValues values) throws IOException {
        this.sizes = sizes;
        this.articles = articles;
        this.any = Arrays.stream(sizes).anyMatch(n -> n > 1);
        this.byLeaf = any ? values.of(reader) : null;
    }

    /** The groups of a reader, reusing the values of segments {@code values} has seen unchanged. */
    public static CopyGroups build(IndexReader reader, CopyValues values) throws IOException {
        int[] sizes = new int[0];
        int liveArticles = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            PostingsEnum articles = leaf.reader().postings(Fields.ARTICLES, PostingsEnum.NONE);
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
        return new CopyGroups(sizes, liveArticles, reader, values);
    }

    /** Whether any two live articles are copies of each other; when not, nothing needs folding. */
    public boolean any() {
        return any;
    }

    /** Live articles. */
    public int articles() {
        return articles;
    }

    /** Live articles beyond the first of their group of copies: the most that can share another's content class. */
    public int copiesBeyondFirst() {
        int n = 0;
        for (int size : sizes) n += Math.max(0, size - 1);
        return n;
    }

    /** One more than the largest {@code copy_of} value of a live article: {@link #shared} values are below it. */
    public int groupValues() {
        return sizes.length;
    }

    /** Whether a {@code copy_of} value (or {@link Fields#PENDING}) names a group of two or more live articles. */
    public boolean shared(long copyOf) {
        return copyOf >= 0 && copyOf < sizes.length && sizes[(int) copyOf] > 1;
    }

    /**
     * The {@code copy_of} value of each document of a leaf of this snapshot's reader, by document ({@link
     * Fields#PENDING} where none), or null when nothing folds. Shared: do not write to it.
     */
    public int[] ofLeaf(LeafReaderContext leaf) {
        return byLeaf == null ? null : byLeaf[leaf.ord].byDoc();
    }

    /**
     * The values of a leaf of this snapshot's reader, to read articles' values from ({@link CopyValues.Segment#of}),
     * or null when nothing folds.
     */
    public CopyValues.Segment segment(LeafReaderContext leaf) {
        return byLeaf == null ? null : byLeaf[leaf.ord];
    }
}
