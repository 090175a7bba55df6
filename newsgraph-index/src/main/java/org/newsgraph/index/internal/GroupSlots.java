package org.newsgraph.index.internal;

import java.util.Arrays;

/**
 * The page slot of each copy group on a ranking page, by {@code copy_of} value (never negative): a map of primitive
 * keys and values with linear probing, deletion by backward shift. The ranker looks up the group of every hit that
 * could still make the page, and a {@code HashMap<Long, Integer>} boxed each key: about a tenth of the ranking pass
 * (2026-11-23 single-thread profile).
 */
final class GroupSlots {
    /** Not a {@code copy_of} value: those are sequence numbers from 0, and {@code Fields.PENDING} is -1. */
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys;
    private int[] slots;
    private int mask;
    private int shift;
    private int size;

    GroupSlots(int expected) {
        allocate(Integer.highestOneBit(Math.max(2, expected) * 2 - 1) << 1);
    }

    /** The slot of group {@code key}, or -1 when it has none. */
    int get(long key) {
        for (int i = home(key); ; i = (i + 1) & mask) {
            if (keys[i] == key) return slots[i];
            if (keys[i] == EMPTY) return -1;
        }
    }

    void put(long key, int slot) {
        if (2 * (size + 1) > keys.length) rehash();
        int i = home(key);
        while (keys[i] != EMPTY && keys[i] != key) i = (i + 1) & mask;
        if (keys[i] == EMPTY) size++;
        keys[i] = key;
        slots[i] = slot;
    }

    void remove(long key) {
        int gap = home(key);
        while (keys[gap] != key) {
            if (keys[gap] == EMPTY) return;
            gap = (gap + 1) & mask;
        }
        // close the gap: move back each later entry of the run whose home is not between the gap and it
        for (int j = (gap + 1) & mask; keys[j] != EMPTY; j = (j + 1) & mask) {
            if (((j - home(keys[j])) & mask) >= ((j - gap) & mask)) {
                keys[gap] = keys[j];
                slots[gap] = slots[j];
                gap = j;
            }
        }
        keys[gap] = EMPTY;
        size--;
    }

    private int home(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        Arrays.fill(keys, EMPTY);
        slots = new int[capacity];
        mask = capacity - 1;
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
        size = 0;
    }

    private void rehash() {
        long[] oldKeys = keys;
        int[] oldSlots = slots;
        allocate(keys.length * 2);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) put(oldKeys[i], oldSlots[i]);
        }
    }
}
