package org.newsgraph.dedup;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Disjoint sets over dense ints 0..n-1 that grow on demand; union by size with path halving. Each set's members
 * also form a circular list, so a set is listed in time proportional to its size.
 */
final class UnionFind implements Serializable {

    private static final long serialVersionUID = 1L;

    private int[] parent = new int[0];
    private int[] size = new int[0];
    private int[] ring = new int[0];
    private int count;

    /** Adds element {@link #count()} as a singleton and returns it. */
    int add() {
        if (count == parent.length) {
            int capacity = Math.max(16, count * 2);
            parent = Arrays.copyOf(parent, capacity);
            size = Arrays.copyOf(size, capacity);
            ring = Arrays.copyOf(ring, capacity);
        }
        ring[count] = count;
        parent[count] = count;
        size[count] = 1;
        return count++;
    }

    int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    void union(int a, int b) {
        int ra = find(a), rb = find(b);
        if (ra == rb) return;
        if (size[ra] < size[rb]) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
        int t = ring[ra];
        ring[ra] = ring[rb];
        ring[rb] = t;
    }

    /** The members of x's set in ascending order. */
    int[] members(int x) {
        int[] out = new int[sizeOf(x)];
        int m = x;
        for (int i = 0; i < out.length; i++) {
            out[i] = m;
            m = ring[m];
        }
        Arrays.sort(out);
        return out;
    }

    int sizeOf(int x) {
        return size[find(x)];
    }

    int count() {
        return count;
    }
}
