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
        else if (size == list.length) list = lists[term] = Arrays.copyOf(list, size * 2);
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

    /** Builds the live lists again, leaving out the stories now {@code archived}. */
    void partition(IntPredicate archived) {
        for (int term = 0; term < lists.length; term++) {
            int[] list = lists[term];
            liveLists[term] = null;
            if (list == null) continue;
            int[] live = null;
            int n = 0;
            for (int i = 0; i < sizes[term]; i++) {
                if (archived.test(list[i])) {
                    if (live == null) live = Arrays.copyOf(list, Math.max(4, i));
                } else if (live != null) {
                    if (n == live.length) live = Arrays.copyOf(live, n * 2);
                    live[n++] = list[i];
                } else {
                    n++;
                }
            }
            if (live != null) {
                liveLists[term] = live;
                liveSizes[term] = n;
            }
        }
    }

    private static final int[] EMPTY = new int[0];
}
