package org.newsgraph.dedup;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Turns text into the set of its normalised word k-shingles, each as a 64-bit hash.
 *
 * <p>Words are maximal runs of letters and digits, lower-cased, so punctuation, spacing, line breaks and case do not
 * separate copies. A shingle is {@code k} consecutive words. {@code k} trades robustness to edits (each changed word
 * breaks up to {@code k} shingles) against specificity (short shingles such as "the president said" are shared by
 * unrelated articles): see {@link DedupParams#DEFAULT} for the value used. Texts shorter than {@code k} words give a
 * single shingle of all their words.
 */
public final class Shingler implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int k;

    public Shingler(int k) {
        if (k < 1) throw new IllegalArgumentException("shingle size k must be >= 1, got " + k);
        this.k = k;
    }

    public int k() {
        return k;
    }

    /** The distinct shingle hashes of {@code text}, sorted ascending (so two sets intersect by a linear merge). */
    public long[] shingles(CharSequence text) {
        long[] words = wordHashes(text);
        int n = words.length;
        if (n == 0) return new long[0];
        int count = Math.max(1, n - k + 1);
        int width = Math.min(k, n);
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            long h = Hashing.FNV_OFFSET;
            for (int j = 0; j < width; j++) {
                h = (h ^ words[i + j]) * Hashing.FNV_PRIME;
            }
            out[i] = Hashing.mix(h);
        }
        Arrays.sort(out);
        return distinct(out);
    }

    private static long[] wordHashes(CharSequence text) {
        long[] words = new long[Math.max(16, text.length() / 5)];
        int n = 0;
        long h = 0;
        boolean inWord = false;
        int len = text.length();
        for (int i = 0; i < len; ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (!inWord) {
                    h = Hashing.FNV_OFFSET;
                    inWord = true;
                }
                h = (h ^ Character.toLowerCase(cp)) * Hashing.FNV_PRIME;
            } else if (inWord) {
                if (n == words.length) words = Arrays.copyOf(words, n * 2);
                words[n++] = Hashing.mix(h);
                inWord = false;
            }
        }
        if (inWord) {
            if (n == words.length) words = Arrays.copyOf(words, n + 1);
            words[n++] = Hashing.mix(h);
        }
        return n == words.length ? words : Arrays.copyOf(words, n);
    }

    /** {@code sorted} without repeats, compacted in place (a copy only when it shrank). */
    static long[] distinct(long[] sorted) {
        int w = 0;
        for (int r = 0; r < sorted.length; r++) {
            if (w == 0 || sorted[r] != sorted[w - 1]) sorted[w++] = sorted[r];
        }
        return w == sorted.length ? sorted : Arrays.copyOf(sorted, w);
    }

    /** |a ∩ b| for two sorted distinct arrays, by a linear merge. */
    public static int intersectionSize(long[] a, long[] b) {
        int i = 0, j = 0, common = 0;
        while (i < a.length && j < b.length) {
            long x = a[i], y = b[j];
            if (x == y) {
                common++;
                i++;
                j++;
            } else if (x < y) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }
}
