package org.newsgraph.index.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BitUtil;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.DocIdSetBuilder;

/**
 * The exact-content classes of one index snapshot's live articles: articles with the same {@link Fields#CONTENT_HASH}
 * (title and text) in the same shared copy group. Members of a class score alike for any query over title and text
 * and fold into one group, where equal scores rank by document id: so a ranked search needs to score only each
 * class's lowest document, its representative, and can count the rest from the class sizes. An article without a
 * hash (a base built before it) or without a shared copy group is a class of its own, which leaves it as exact as
 * before. Built once per snapshot (one pass over the articles' hash and {@code copy_of} values); thread-safe.
 */
public final class ContentClasses {
    /**
     * Per leaf ord, the leaf's representatives, ascending: a handful per segment where copies abound, so a list, not
     * a bit set whose every word a search would step over.
     */
    private final int[][] representatives;
    /** Per leaf ord, the leaf's size, to tell a leaf of another reader. */
    private final int[] maxDocs;
    /** Representatives (index-wide document ids), ascending; class {@code i} is the one of {@code reps[i]}. */
    private final int[] reps;
    /** Class {@code i}'s members, ascending, are {@code members[start[i]]} up to {@code members[start[i + 1]]}. */
    private final int[] start;
    private final int[] members;

    private ContentClasses(int[][] representatives, int[] maxDocs, int[] reps, int[] start, int[] members) {
        this.representatives = representatives;
        this.maxDocs = maxDocs;
        this.reps = reps;
        this.start = start;
        this.members = members;
    }

    private record Key(long high, long low, long group) {
    }

    /** No classes of more than one: nothing folds. */
    private static final ContentClasses NONE = new ContentClasses(new int[0][], new int[0], new int[0], new int[1],
            new int[0]);

    public static ContentClasses build(IndexReader reader, CopyGroups copies) throws IOException {
        // there are at least as many classes as articles that are no group's second copy or later: where those are
        // more than half, nothing can fold, and nothing is built or kept (the usual base, with few copies)
        if (2L * (copies.articles() - copies.copiesBeyondFirst()) > copies.articles()) return NONE;
        List<LeafReaderContext> leaves = reader.leaves();
        int[][] representatives = new int[leaves.size()][];
        int[] maxDocs = new int[leaves.size()];
        Map<Key, Integer> classOfKey = new HashMap<>();
        int[] docs = new int[1024];
        int[] classOf = new int[1024];
        int articles = 0;
        int classes = 0;
        for (LeafReaderContext leaf : leaves) {
            maxDocs[leaf.ord] = leaf.reader().maxDoc();
            int[] leafReps = new int[0];
            int leafCount = 0;
            PostingsEnum postings = leaf.reader().postings(Fields.ARTICLES, PostingsEnum.NONE);
            if (postings == null) {
                representatives[leaf.ord] = leafReps;
                continue;
            }
            BinaryDocValues hashes = DocValues.getBinary(leaf.reader(), Fields.CONTENT_HASH);
            NumericDocValues copyOf = DocValues.getNumeric(leaf.reader(), Fields.COPY_OF);
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (live != null && !live.get(doc)) continue;
                long group = copyOf.advanceExact(doc) ? copyOf.longValue() : Fields.PENDING;
                Key key = copies.shared(group) && hashes.advanceExact(doc) ? key(hashes.binaryValue(), group) : null;
                Integer known = key == null ? null : classOfKey.get(key);
                int c;
                if (known != null) {
                    c = known;
                } else {
                    // documents come in increasing order, so a class's first is its lowest: its representative
                    c = classes++;
                    if (key != null) classOfKey.put(key, c);
                    if (leafCount == leafReps.length) leafReps = ArrayUtil.grow(leafReps, leafCount + 1);
                    leafReps[leafCount++] = doc;
                }
                if (articles == docs.length) {
                    docs = Arrays.copyOf(docs, articles * 2);
                    classOf = Arrays.copyOf(classOf, articles * 2);
                }
                docs[articles] = leaf.docBase + doc;
                classOf[articles++] = c;
            }
            representatives[leaf.ord] = ArrayUtil.copyOfSubArray(leafReps, 0, leafCount);
        }
        int[] start = new int[classes + 1];
        for (int i = 0; i < articles; i++) start[classOf[i] + 1]++;
        for (int c = 0; c < classes; c++) start[c + 1] += start[c];
        int[] members = new int[articles];
        int[] fill = Arrays.copyOf(start, classes);
        int[] reps = new int[classes];
        for (int i = 0; i < articles; i++) {
            int c = classOf[i];
            if (fill[c] == start[c]) reps[c] = docs[i];
            members[fill[c]++] = docs[i];
        }
        return new ContentClasses(representatives, maxDocs, reps, start, members);
    }

    private static Key key(BytesRef hash, long group) {
        if (hash.length < ContentHash.BYTES) return null;
        return new Key((long) BitUtil.VH_BE_LONG.get(hash.bytes, hash.offset),
                (long) BitUtil.VH_BE_LONG.get(hash.bytes, hash.offset + Long.BYTES), group);
    }

    /**
     * Whether the classes are at most half as many as the live articles. A search by classes scores every matched
     * representative (they are listed in the same pass), where scoring every hit skips many by their score: it pays
     * only where copies abound.
     */
    public boolean folds() {
        return 2L * reps.length <= members.length && reps.length < members.length;
    }

    /**
     * The representatives of a leaf of this snapshot's reader (or of a reader wrapping it leaf by leaf), ascending.
     * Shared: do not write to it.
     */
    int[] representativesOf(LeafReaderContext leaf) {
        if (leaf.ord >= maxDocs.length || maxDocs[leaf.ord] != leaf.reader().maxDoc()) {
            throw new IllegalStateException("not a leaf of this snapshot");
        }
        return representatives[leaf.ord];
    }

    /** A filter matching the representatives, for searches on this snapshot only. */
    public Query representatives() {
        return new RepresentativesQuery(this);
    }

    /** The live articles in the class of representative {@code rep}. */
    public int size(int rep) {
        int c = classOf(rep);
        return start[c + 1] - start[c];
    }

    /** The members of the class of representative {@code rep} whose document is at most {@code doc}. */
    public int membersUpTo(int rep, int doc) {
        int c = classOf(rep);
        int at = Arrays.binarySearch(members, start[c], start[c + 1], doc);
        return (at >= 0 ? at + 1 : -at - 1) - start[c];
    }

    private int classOf(int rep) {
        int c = Arrays.binarySearch(reps, rep);
        if (c < 0) throw new IllegalArgumentException("document " + rep + " represents no class");
        return c;
    }

    /** How many live articles the classes hold; members are numbered from 0 below it, class by class. */
    public int members() {
        return members.length;
    }

    /** The document of member {@code m}. */
    public int member(int m) {
        return members[m];
    }

    /**
     * The hits of a search that matched the representatives {@code matched} (ascending) that facets count, as member
     * numbers: every member of their classes when there are at most {@code sample} of them, else one member drawn at
     * random from each run of {@code total / sample} (rounded down) consecutive hits of the members listed class by
     * class, in order of the representatives; the seed fixes the draw.
     *
     * @param total the number of members of the matched classes
     */
    public int[] counted(int[] matched, long total, int sample, long seed) {
        return total <= sample ? allMembers(matched, (int) total) : drawn(matched, total, sample, seed);
    }

    /** Members as the matching documents of each leaf of {@code reader} that has any. */
    public List<FacetsCollector.MatchingDocs> matchingDocs(IndexReader reader, int[] memberNumbers) {
        int[] chosen = new int[memberNumbers.length];
        for (int i = 0; i < chosen.length; i++) chosen[i] = members[memberNumbers[i]];
        Arrays.sort(chosen);
        List<FacetsCollector.MatchingDocs> out = new ArrayList<>();
        int i = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            int end = leaf.docBase + leaf.reader().maxDoc();
            if (i == chosen.length || chosen[i] >= end) continue;
            DocIdSetBuilder docs = new DocIdSetBuilder(leaf.reader().maxDoc());
            DocIdSetBuilder.BulkAdder adder = docs.grow(chosen.length - i);
            int first = i;
            for (; i < chosen.length && chosen[i] < end; i++) adder.add(chosen[i] - leaf.docBase);
            out.add(new FacetsCollector.MatchingDocs(leaf, docs.build(), i - first, null));
        }
        return out;
    }

    private int[] allMembers(int[] matched, int total) {
        int[] out = new int[total];
        int n = 0;
        for (int rep : matched) {
            int c = classOf(rep);
            for (int m = start[c]; m < start[c + 1]; m++) out[n++] = m;
        }
        return out;
    }

    private int[] drawn(int[] matched, long total, int sample, long seed) {
        long bin = total / sample;
        SplittableRandom random = new SplittableRandom(seed);
        int[] out = new int[(int) ((total + bin - 1) / bin)];
        int n = 0;
        int k = 0; // the matched class the next position falls in, and the hits before it
        long before = 0;
        int c = classOf(matched[0]);
        for (long binStart = 0; binStart < total; binStart += bin) {
            long p = binStart + random.nextLong(bin);
            if (p >= total) break; // the last, shorter run gets a hit only as often as its share
            while (p >= before + start[c + 1] - start[c]) {
                before += start[c + 1] - start[c];
                c = classOf(matched[++k]);
            }
            out[n++] = start[c] + (int) (p - before);
        }
        return Arrays.copyOf(out, n);
    }
}
