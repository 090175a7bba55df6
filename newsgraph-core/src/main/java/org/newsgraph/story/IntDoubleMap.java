package org.newsgraph.story;

import java.io.Serializable;
import java.util.Arrays;

/** An int-to-double map by open addressing, without boxing: story centroids hold thousands of terms each. */
final class IntDoubleMap implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int EMPTY = -1;

    private int[] keys = filled(16);
    private double[] values = new double[16];
    private int size;

    double get(int key) {
        int slot = slot(keys, key);
        return keys[slot] == key ? values[slot] : 0;
    }

    /** Adds {@code delta} to the value of {@code key} and returns true when the key is new. */
    boolean add(int key, double delta) {
        if ((size + 1) * 3 > keys.length * 2) grow();
        int slot = slot(keys, key);
        boolean added = keys[slot] == EMPTY;
        if (added) {
            keys[slot] = key;
            size++;
        }
        values[slot] += delta;
        return added;
    }

    int size() {
        return size;
    }

    /** Visits every entry; the order is unspecified. */
    void forEach(Entry action) {
        for (int s = 0; s < keys.length; s++) {
            if (keys[s] != EMPTY) action.accept(keys[s], values[s]);
        }
    }

    interface Entry {
        void accept(int key, double value);
    }

    private static int slot(int[] keys, int key) {
        int mask = keys.length - 1;
        int s = (key * 0x9e3779b9) >>> 7 & mask;
        while (keys[s] != EMPTY && keys[s] != key) s = (s + 1) & mask;
        return s;
    }

    private void grow() {
        int[] oldKeys = keys;
        double[] oldValues = values;
        keys = filled(oldKeys.length * 2);
        values = new double[oldKeys.length * 2];
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldKeys[s] != EMPTY) {
                int slot = slot(keys, oldKeys[s]);
                keys[slot] = oldKeys[s];
                values[slot] = oldValues[s];
            }
        }
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, EMPTY);
        return a;
    }
}
