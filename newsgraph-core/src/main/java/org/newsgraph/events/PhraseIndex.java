package org.newsgraph.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;

/**
 * A word trie from normalised phrases ({@link PhraseWords}) to values, answering the longest phrase that starts at
 * a given word. Built once, then read-only and safe to share between threads.
 */
final class PhraseIndex<V> {

    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>(4);
        V value;
    }

    /** A phrase found in a word sequence: its value and how many words it covered. */
    record Match<V>(V value, int start, int length) {
        int end() {
            return start + length;
        }
    }

    private final Node<V> root = new Node<>();
    private int size;

    /** Adds a phrase; when it is already present, {@code merge} combines the old and the new value. */
    void put(List<String> words, V value, BinaryOperator<V> merge) {
        if (words.isEmpty()) return;
        Node<V> n = root;
        for (String w : words) n = n.next.computeIfAbsent(w, k -> new Node<>());
        if (n.value == null) {
            n.value = value;
            size++;
        } else {
            n.value = merge.apply(n.value, value);
        }
    }

    V get(List<String> words) {
        Node<V> n = root;
        for (String w : words) {
            n = n.next.get(w);
            if (n == null) return null;
        }
        return n.value;
    }

    /**
     * The longest phrase starting at {@code start}, where each position may match either of two spellings (the
     * word as written or its lemma; {@code alt} entries may be null).
     */
    Match<V> longestAt(String[] words, String[] alt, int start) {
        return longest(root, words, alt, start, start, null);
    }

    private Match<V> longest(Node<V> node, String[] words, String[] alt, int start, int i, Match<V> best) {
        if (node.value != null && i > start) {
            best = best == null || i - start > best.length() ? new Match<>(node.value, start, i - start) : best;
        }
        if (i >= words.length) return best;
        Node<V> a = node.next.get(words[i]);
        if (a != null) best = longest(a, words, alt, start, i + 1, best);
        if (alt != null && alt[i] != null && !alt[i].equals(words[i])) {
            Node<V> b = node.next.get(alt[i]);
            if (b != null) best = longest(b, words, alt, start, i + 1, best);
        }
        return best;
    }

    int size() {
        return size;
    }
}
