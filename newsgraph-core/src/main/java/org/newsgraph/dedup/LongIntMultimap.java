package org.newsgraph.dedup;

import java.io.Serializable;
import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * A map from long keys to lists of ints without boxing: open addressing over the keys, each slot heading a linked
 * list threaded through two growable int arrays. Band buckets of the LSH index hold millions of entries, and
 * {@code HashMap<Long, List<Integer>>} would spend about 80 bytes on each.
 */
final class LongIntMultimap implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int NONE = -1;

    private long[] keys = new long[1024];
    private int[] heads = filled(1024);
    private int usedSlots;

    private int[] values = new int[1024];
    private int[] next = new int[1024];
    private int size;

    void put(long key, int value) {
        if ((usedSlots + 1) * 4L > keys.length * 3L) rehash(keys.length * 2);
        int slot = find(keys, heads, key);
        if (heads[slot] == NONE) {
            keys[slot] = key;
            usedSlots++;
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
            next = Arrays.copyOf(next, size * 2);
        }
        values[size] = value;
        next[size] = heads[slot];
        heads[slot] = size++;
    }

    void forEach(long key, IntConsumer action) {
        for (int e = heads[find(keys, heads, key)]; e != NONE; e = next[e]) {
            action.accept(values[e]);
        }
    }

    int size() {
        return size;
    }

    private static int find(long[] keys, int[] heads, long key) {
        int mask = keys.length - 1;
        int slot = (int) Hashing.mix(key) & mask;
        while (heads[slot] != NONE && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void rehash(int capacity) {
        long[] newKeys = new long[capacity];
        int[] newHeads = filled(capacity);
        for (int s = 0; s < keys.length; s++) {
            if (heads[s] != NONE) {
                int slot = find(newKeys, newHeads, keys[s]);
                newKeys[slot] = keys[s];
                newHeads[slot] = heads[s];
            }
        }
        keys = newKeys;
        heads = newHeads;
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, NONE);
        return a;
    }
}
