package org.newsgraph.story;

import java.io.Serializable;
import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * For each term id, the stories whose articles contain it, in the order they first did. Beside each list that holds
 * archived stories ({@link #partition}) sits its live list: the same order without them, so an article that cannot
 * reach an archived story reads only the live list, and meets the others in the same order as in the whole list.
 */
final class Postings implements Serializable {

    private static final long serialVersionUID = 2L;

    private int[][] lists = new int[1024][];
    private int[] sizes = new int[1024];
    /** Null where no story of the term's list is archived: the whole list is live. */
    private int[][] liveLists = new int[1024][];
    private int[] liveSizes = new int[1024];

    void add(int term, int story) {
        if (term >= lists.length) {
            int capacity = Math.max(term + 1, lists.length * 2);
            lists = Arrays.copyOf(lists, capacity);
            sizes = Arrays.copyOf(sizes, capacity);
            liveLists = Arrays.copyOf(liveLists, capacity);
            liveSizes = Arrays.copyOf(liveSizes, capacity);
        }
        sizes[term] = append(lists, term, sizes[term], story);
        if (liveLists[term] != null) liveSizes[term] = append(liveLists, term, liveSizes[term], story);
    }

    private static int append(int[][] lists, int term, int size, int story) {
        int[] list = lists[term];
        if (list == null) list = lists[term] = new int[4];
        else if (size == list.length) list = lists[term] = Arrays.copyOf(list, Math.max(4, size * 2));
        list[size] = story;
        return size + 1;
    }

    /** The stories of {@code term} as a shared array, valid up to {@link #size(int)}; never modify it. */
    int[] stories(int term) {
        return term < lists.length && lists[term] != null ? lists[term] : EMPTY;
    }

    int size(int term) {
        return term < sizes.length ? sizes[term] : 0;
    }

    /** The stories of {@code term} that are not archived, in the same order; valid up to {@link #liveSize(int)}. */
    int[] liveStories(int term) {
        return term < liveLists.length && liveLists[term] != null ? liveLists[term] : stories(term);
    }

    int liveSize(int term) {
        return term < liveLists.length && liveLists[term] != null ? liveSizes[term] : size(term);
    }

    /** Entries of archived stories, which only the whole lists hold. */
    long archivedSize() {
        long n = 0;
        for (int term = 0; term < lists.length; term++) n += size(term) - liveSize(term);
        return n;
    }

    /**
     * Leaves the stories now {@code archived} out of the live lists. With {@code rebuild} the live lists are made
     * again from the whole lists (after an archived story was revived); without, only the current live lists are
     * filtered, which costs the live entries alone: an archived story that was not revived stays archived.
     */
    void partition(IntPredicate archived, boolean rebuild) {
        for (int term = 0; term < lists.length; term++) {
            if (lists[term] == null) continue;
            boolean fromLive = !rebuild && liveLists[term] != null;
            int[] source = fromLive ? liveLists[term] : lists[term];
            int size = fromLive ? liveSizes[term] : sizes[term];
            int[] live = null;
            int n = 0;
            for (int i = 0; i < size; i++) {
                if (archived.test(source[i])) {
                    if (live == null) live = Arrays.copyOf(source, Math.max(4, size));
                } else if (live != null) {
                    live[n++] = source[i];
                } else {
                    n++;
                }
            }
            if (live != null) {
                // most lists of a long stream hold no live story: they share one empty array, in memory and in state.bin
                liveLists[term] = n == 0 ? EMPTY : Arrays.copyOf(live, n);
                liveSizes[term] = n;
            } else if (!fromLive) {
                liveLists[term] = null;
            }
        }
    }

    private static final int[] EMPTY = new int[0];
}
