package org.newsgraph.index.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.SortedSetDocValues;
import org.newsgraph.index.FacetValue;

/**
 * The facet ordinals (publisher, language, month) of every member of a snapshot's {@link ContentClasses}, by member
 * number, with the labels of the ordinals: counting a search's sampled members is then a few array reads per member,
 * where Lucene's sorted-set facet counts walked each segment's doc values to every sampled document (a fifth of a
 * search's CPU on the class path, 2026-11-23 profile). Counts and their order are those of
 * {@code SortedSetDocValuesFacetCounts}: top children by count, equal counts by ordinal (label order).
 */
public final class MemberOrdinals {
    /** Ordinals kept per member: one per dimension; a member with more values in all leaves the arrays unbuilt. */
    private static final int WIDTH = 3;

    private final SortedSetDocValuesReaderState state;
    /** {@link #WIDTH} global ordinals per member, -1 where fewer. */
    private final int[] ords;
    private final String[] labels;

    private MemberOrdinals(SortedSetDocValuesReaderState state, int[] ords, String[] labels) {
        this.state = state;
        this.ords = ords;
        this.labels = labels;
    }

    /** The ordinals of the classes' members, or null where a member has more than {@link #WIDTH} facet values. */
    public static MemberOrdinals build(ContentClasses classes, SortedSetDocValuesReaderState state)
            throws IOException {
        int n = classes.members();
        // members by document, so each segment's doc values are read forward
        long[] byDoc = new long[n];
        for (int m = 0; m < n; m++) byDoc[m] = (long) classes.member(m) << 32 | m;
        Arrays.sort(byDoc);
        int[] ords = new int[n * WIDTH];
        Arrays.fill(ords, -1);
        // the state's doc values of the whole reader give global ordinals, read forward by document
        SortedSetDocValues all = state.getDocValues();
        for (long entry : byDoc) {
            int m = (int) entry;
            if (!all.advanceExact((int) (entry >>> 32))) continue;
            int count = all.docValueCount();
            if (count > WIDTH) return null;
            for (int k = 0; k < count; k++) ords[m * WIDTH + k] = (int) all.nextOrd();
        }
        all = state.getDocValues();
        String[] labels = new String[(int) all.getValueCount()];
        for (int o = 0; o < labels.length; o++) {
            String[] path = FacetsConfig.stringToPath(all.lookupOrd(o).utf8ToString());
            labels[o] = path[path.length - 1];
        }
        return new MemberOrdinals(state, ords, labels);
    }

    /** Counts per ordinal of the members {@code memberNumbers}. */
    public int[] count(int[] memberNumbers) {
        int[] counts = new int[labels.length];
        for (int m : memberNumbers) {
            for (int k = m * WIDTH, end = k + WIDTH; k < end && ords[k] >= 0; k++) counts[ords[k]]++;
        }
        return counts;
    }

    /** The {@code top} values of {@code dim} with the highest counts, equal counts in label order. */
    public List<FacetValue> top(int[] counts, String dim, int top) {
        List<FacetValue> all = all(counts, dim);
        List<FacetValue> sorted = new ArrayList<>(all);
        // stable: equal counts stay in ordinal order
        sorted.sort((a, b) -> Long.compare(b.count(), a.count()));
        return sorted.subList(0, Math.min(top, sorted.size()));
    }

    /** Every value of {@code dim} with a count, in ordinal order. */
    public List<FacetValue> all(int[] counts, String dim) {
        OrdRange range = state.getOrdRange(dim);
        List<FacetValue> out = new ArrayList<>();
        if (range == null) return out;
        for (int o = range.start; o <= range.end; o++) {
            if (counts[o] > 0) out.add(new FacetValue(labels[o], labels[o], counts[o]));
        }
        return out;
    }
}
