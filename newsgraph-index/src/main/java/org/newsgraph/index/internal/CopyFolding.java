package org.newsgraph.index.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.ArrayUtil;

/**
 * Ranks groups of copies rather than hits: each group shows once, at the rank of its best-ranked member, exactly as
 * if every hit were ranked (by score, or newest first by publication day; equal ones by document id) and the copies
 * then dropped. A page of ten needs ten groups whatever their sizes, where ranking hits first needed the page's end
 * times the group size in ranks (thousands on a base where every article has hundreds of copies), a heap operation
 * each. Only the copy group of a hit that can still make the page is looked up ({@link CopyGroups}' array per
 * segment), and ranked by score the
 * scorer skips the rest once the page's groups are found: a hit that ranks below the worst group on the page can
 * neither enter nor improve a group on it.
 *
 * <p>Expects hits in increasing document order within one slice, as an {@code IndexSearcher} without an executor
 * gives them (all leaves in one slice, in order), which is what lets an equal score be skipped.
 */
public final class CopyFolding implements CollectorManager<CopyFolding.Ranker, CopyFolding.Folded> {

    /**
     * @param page   the page's hits, copies folded
     * @param folded hits folded into a better-ranked copy, among the ranks up to the page's last hit (all hits, when
     *               they did not fill the page)
     */
    public record Folded(ScoreDoc[] page, int folded) {
    }

    /** The day a hit without one sorts as: Lucene's default for a missing long, as the sort this replaced had. */
    private static final long NO_DAY = 0L;

    private final CopyGroups copies;
    /** Null: each hit is one article; else hits are representatives standing for their exact-content classes. */
    private final ContentClasses classes;
    private final boolean newestFirst;
    private final int offset;
    private final int end;

    private CopyFolding(CopyGroups copies, ContentClasses classes, boolean newestFirst, int offset, int limit) {
        this.copies = copies;
        this.classes = classes;
        this.newestFirst = newestFirst;
        this.offset = offset;
        this.end = offset + limit;
    }

    /** The page at {@code offset} of groups ranked by their best member's score. */
    public static CopyFolding byScore(CopyGroups copies, int offset, int limit) {
        return new CopyFolding(copies, null, false, offset, limit);
    }

    /**
     * As {@link #byScore}, for a query that matches only representatives of {@code classes} and scores alike every
     * member of a class: each hit stands for its class's members, which rank right after it (same score, higher
     * documents) in the same group, so the page is the one of all members, and {@link Folded#folded} counts them.
     * Run beside a {@link HitList}, which needs every hit, it gets no skipping by score from the scorer.
     */
    public static CopyFolding byScoreOfClasses(CopyGroups copies, ContentClasses classes, int offset, int limit) {
        return new CopyFolding(copies, classes, false, offset, limit);
    }

    /** The page at {@code offset} of groups ranked by their newest member's publication day. */
    public static CopyFolding newestFirst(CopyGroups copies, int offset, int limit) {
        return new CopyFolding(copies, null, true, offset, limit);
    }

    @Override
    public Ranker newCollector() {
        return new Ranker();
    }

    @Override
    public Folded reduce(Collection<Ranker> rankers) {
        // a slice of an executor's searcher visits its segments by size, not document order, so an equal score
        // could not be skipped there: refuse rather than return a silently wrong page
        if (rankers.size() != 1) {
            throw new IllegalStateException("copy folding needs one slice (an IndexSearcher without an executor)");
        }
        Ranker r = rankers.iterator().next();
        int groups = r.size;
        double[] values = r.value;
        int[] docs = r.doc;
        Integer[] order = new Integer[groups];
        for (int i = 0; i < groups; i++) order[i] = i;
        Arrays.sort(order, (x, y) -> better(values[x], docs[x], values[y], docs[y]) ? -1
                : better(values[y], docs[y], values[x], docs[x]) ? 1 : 0);
        int shown = Math.min(end, groups);
        ScoreDoc[] page = new ScoreDoc[Math.max(0, shown - offset)];
        for (int i = offset; i < shown; i++) {
            page[i - offset] = new ScoreDoc(docs[order[i]], newestFirst ? 0f : (float) values[order[i]]);
        }
        if (groups < end) {
            // the page is not full, so no hit was dropped
            long all = 0;
            for (int i = 0; i < r.hits; i++) all += classes == null ? 1 : classes.size(r.hitDoc[i]);
            return new Folded(page, (int) (all - groups));
        }
        // the page is full: count the hits that rank up to its last group; every one of them was kept, since the
        // ranker drops only hits ranked below its worst group, which is the page's last
        double lastValue = values[order[end - 1]];
        int lastDoc = docs[order[end - 1]];
        long upToLast = 0;
        for (int i = 0; i < r.hits; i++) {
            double v = r.hitValue[i];
            int d = r.hitDoc[i];
            if (better(lastValue, lastDoc, v, d)) continue;
            if (classes == null) {
                upToLast++;
            } else {
                // a class scoring as the last group has members on both sides of it: only those up to its document
                upToLast += v == lastValue ? classes.membersUpTo(d, lastDoc) : classes.size(d);
            }
        }
        return new Folded(page, (int) (upToLast - end));
    }

    /** Whether (value, doc) ranks before (otherValue, otherDoc): the higher value, then the lower document. */
    private static boolean better(double value, int doc, double otherValue, int otherDoc) {
        return value > otherValue || (value == otherValue && doc < otherDoc);
    }

    /**
     * The best {@code end} groups of one slice, in a heap with the worst on top, and every hit that could rank up
     * to the page's last group (all hits ranked before this slice's worst group when they were seen).
     */
    public final class Ranker implements Collector {
        // per group slot: its best member's value and (index-wide) document, and its copy_of value (a negative key
        // for an article that is a group of its own)
        private double[] value = new double[Math.min(end, 64)];
        private int[] doc = new int[value.length];
        private long[] group = new long[value.length];
        private int size;
        private int[] heap = new int[value.length];
        private int[] heapIndex = new int[value.length];
        private final GroupSlots slotOfGroup = new GroupSlots(value.length);
        // hits that ranked before the worst group when seen; compacted to those that still do when full
        private double[] hitValue = new double[256];
        private int[] hitDoc = new int[256];
        private int hits;

        @Override
        public ScoreMode scoreMode() {
            return newestFirst ? ScoreMode.COMPLETE_NO_SCORES : ScoreMode.TOP_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            CopyValues.Segment copyOf = copies.segment(context);
            NumericDocValues days = newestFirst ? DocValues.getNumeric(context.reader(), Fields.PUBLISHED_DAY) : null;
            int docBase = context.docBase;
            return new LeafCollector() {
                private Scorable scorer;
                // the minimum this segment's scorer was last given: most kept hits improve a group that is not the
                // page's worst, and telling the scorer an unchanged minimum again was 5% of a search's CPU
                private float minimum;

                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    this.scorer = scorer;
                    this.minimum = Float.NEGATIVE_INFINITY;
                    // each segment brings a fresh scorer: unless told the page's minimum now, it scores every hit of
                    // a segment where none beats the page, as no hit would raise it
                    raiseMinimum();
                }

                @Override
                public void collect(int leafDoc) throws IOException {
                    double v = newestFirst ? (days.advanceExact(leafDoc) ? days.longValue() : NO_DAY)
                            : scorer.score();
                    int d = docBase + leafDoc;
                    if (full() && !better(v, d, value[heap[0]], doc[heap[0]])) return;
                    keepHit(v, d);
                    long g = copyOf == null ? Fields.PENDING : copyOf.of(leafDoc);
                    if (copies.shared(g)) {
                        int slot = slotOfGroup.get(g);
                        if (slot >= 0) {
                            if (!better(v, d, value[slot], doc[slot])) return;
                            value[slot] = v;
                            doc[slot] = d;
                            siftDown(heapIndex[slot]);
                            raiseMinimum();
                            return;
                        }
                    } else {
                        g = -2L - d; // a group of its own: never seen again
                    }
                    enter(g, v, d);
                    raiseMinimum();
                }

                /** Once the page's groups are found, hits scoring below the worst of them cannot change it. */
                private void raiseMinimum() throws IOException {
                    // equal scores come later in document order, so rank after: the next float up is the minimum
                    if (newestFirst || !full()) return;
                    float next = Math.nextUp((float) value[heap[0]]);
                    if (next > minimum) {
                        minimum = next;
                        scorer.setMinCompetitiveScore(next);
                    }
                }
            };
        }

        private boolean full() {
            return size == end;
        }

        private void keepHit(double v, int d) {
            if (hits == hitValue.length) {
                if (full()) compactHits();
                if (hits > hitValue.length / 2) {
                    hitValue = ArrayUtil.growExact(hitValue, hitValue.length * 2);
                    hitDoc = ArrayUtil.growExact(hitDoc, hitDoc.length * 2);
                }
            }
            hitValue[hits] = v;
            hitDoc[hits++] = d;
        }

        private void compactHits() {
            double worstValue = value[heap[0]];
            int worstDoc = doc[heap[0]];
            int kept = 0;
            for (int i = 0; i < hits; i++) {
                if (better(worstValue, worstDoc, hitValue[i], hitDoc[i])) continue;
                hitValue[kept] = hitValue[i];
                hitDoc[kept++] = hitDoc[i];
            }
            hits = kept;
        }

        /** A new group: in a free slot, or in place of the worst group, which then leaves the page. */
        private void enter(long g, double v, int d) {
            boolean replacing = full();
            int slot;
            if (replacing) {
                slot = heap[0];
                if (group[slot] >= 0) slotOfGroup.remove(group[slot]);
            } else {
                if (size == value.length) grow();
                slot = size++;
                heap[slot] = slot;
                heapIndex[slot] = slot;
            }
            value[slot] = v;
            doc[slot] = d;
            group[slot] = g;
            if (g >= 0) slotOfGroup.put(g, slot);
            // a group replacing the worst ranks before it, so it can only move down from the top
            if (replacing) siftDown(0);
            else siftUp(heapIndex[slot]);
        }

        private void grow() {
            int n = Math.min(end, value.length * 2);
            value = ArrayUtil.growExact(value, n);
            doc = ArrayUtil.growExact(doc, n);
            group = ArrayUtil.growExact(group, n);
            heap = ArrayUtil.growExact(heap, n);
            heapIndex = ArrayUtil.growExact(heapIndex, n);
        }

        private boolean worse(int slot, int other) {
            return better(value[other], doc[other], value[slot], doc[slot]);
        }

        private void siftUp(int i) {
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (!worse(heap[i], heap[parent])) return;
                swap(i, parent);
                i = parent;
            }
        }

        private void siftDown(int i) {
            while (true) {
                int worst = i;
                int left = 2 * i + 1;
                int right = left + 1;
                if (left < size && worse(heap[left], heap[worst])) worst = left;
                if (right < size && worse(heap[right], heap[worst])) worst = right;
                if (worst == i) return;
                swap(i, worst);
                i = worst;
            }
        }

        private void swap(int i, int j) {
            int a = heap[i];
            heap[i] = heap[j];
            heap[j] = a;
            heapIndex[heap[i]] = i;
            heapIndex[heap[j]] = j;
        }
    }
}
