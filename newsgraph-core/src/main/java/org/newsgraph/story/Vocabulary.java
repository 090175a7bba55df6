package org.newsgraph.story;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dense ids for terms (or entity keys) with document frequencies that grow as documents arrive, so inverse document
 * frequency is always that of the stream seen so far.
 */
final class Vocabulary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> terms = new ArrayList<>();
    private int[] df = new int[1024];
    private int documents;

    int id(String term) {
        Integer id = ids.get(term);
        if (id != null) return id;
        int next = terms.size();
        ids.put(term, next);
        terms.add(term);
        if (next == df.length) df = Arrays.copyOf(df, next * 2);
        return next;
    }

    String term(int id) {
        return terms.get(id);
    }

    /** Counts one more document containing each of {@code distinctIds}. */
    void addDocument(int[] distinctIds) {
        documents++;
        for (int id : distinctIds) df[id]++;
    }

    /** Counts a corpus known by its document frequencies, as if each of its documents had been added. */
    void addCorpus(int documentCount, Map<String, Integer> frequencies) {
        documents += documentCount;
        frequencies.forEach((term, n) -> {
            int id = id(term); // may grow df, so read it after
            df[id] += n;
        });
    }

    /** Takes back a document counted by {@link #addDocument}, as when an article leaves the collection. */
    void removeDocument(int[] distinctIds) {
        documents--;
        for (int id : distinctIds) df[id]--;
    }

    /** Smoothed idf, {@code ln((1 + N) / (1 + df)) + 1}: positive even for a term in every document. */
    double idf(int id) {
        return Math.log((1.0 + documents) / (1.0 + df[id])) + 1;
    }

    int documents() {
        return documents;
    }
}
