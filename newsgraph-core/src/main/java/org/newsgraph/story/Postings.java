package org.newsgraph.story;

import java.io.Serializable;
import java.util.Arrays;

/** For each term id, the stories whose articles contain it, in the order they first did. */
final class Postings implements Serializable {

    private static final long serialVersionUID = 1L;

    private int[][] lists = new int[1024][];
    private int[] sizes = new int[1024];

    void add(int term, int story) {
        if (term >= lists.length) {
            int capacity = Math.max(term + 1, lists.length * 2);
            lists = Arrays.copyOf(lists, capacity);
            sizes = Arrays.copyOf(sizes, capacity);
        }
        int[] list = lists[term];
        if (list == null) list = lists[term] = new int[4];
        else if (sizes[term] == list.length) list = lists[term] = Arrays.copyOf(list, list.length * 2);
        list[sizes[term]++] = story;
    }

    /** The stories of {@code term} as a shared array, valid up to {@link #size(int)}; never modify it. */
    int[] stories(int term) {
        return term < lists.length && lists[term] != null ? lists[term] : EMPTY;
    }

    int size(int term) {
        return term < sizes.length ? sizes[term] : 0;
    }

    private static final int[] EMPTY = new int[0];
}
