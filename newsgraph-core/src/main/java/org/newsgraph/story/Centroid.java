package org.newsgraph.story;

import java.io.Serializable;

/**
 * The sum of a story's article vectors in one space (terms or entities), compared with idf applied at query time so
 * it follows the stream's growing document frequencies.
 */
final class Centroid implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What rounding leaves of a sum whose vectors were all taken back: below it an id counts as absent. */
    private static final double LEFT_OVER = 1e-9;

    private final IntDoubleMap sums = new IntDoubleMap();
    private double norm = -1;
    private int normDocuments;
    /** Non-empty vectors added and not taken back: zero means the centroid says nothing, whatever its sums hold. */
    private int vectors;

    /** Adds an article's vector, posting the story under each id the story did not hold yet. */
    void add(DocVector doc, Postings postings, int story) {
        for (int i = 0; i < doc.ids().length; i++) {
            if (sums.add(doc.ids()[i], doc.weights()[i])) postings.add(doc.ids()[i], story);
        }
        if (!doc.isEmpty()) {
            norm = -1;
            vectors++;
        }
    }

    /**
     * Takes back a vector added before. Its ids stay in the map (and the story in their postings) with what is left
     * of their sums, zero once no member holds them: postings only propose candidates, the cosine decides.
     */
    void subtract(DocVector doc) {
        for (int i = 0; i < doc.ids().length; i++) sums.add(doc.ids()[i], -doc.weights()[i]);
        if (!doc.isEmpty()) {
            norm = -1;
            vectors--;
        }
    }

    boolean isEmpty() {
        return vectors == 0;
    }

    /** Cosine similarity with {@code doc}, both weighted by the vocabulary's current idf; 0 when either is empty. */
    double cosine(DocVector doc, Vocabulary vocabulary) {
        if (doc.isEmpty() || isEmpty()) return 0;
        double docNorm = 0, dot = 0;
        for (int i = 0; i < doc.ids().length; i++) {
            int id = doc.ids()[i];
            double idf = vocabulary.idf(id);
            double w = doc.weights()[i] * idf;
            docNorm += w * w;
            dot += w * sums.get(id) * idf;
        }
        double n = norm(vocabulary);
        return n == 0 ? 0 : dot / (Math.sqrt(docNorm) * n);
    }

    /** Ids ranked by idf-weighted mass, highest first, at most {@code limit}; ids no member holds any more left out. */
    int[] top(Vocabulary vocabulary, int limit) {
        int[] ids = new int[sums.size()];
        double[] scores = new double[sums.size()];
        int[] n = {0};
        sums.forEach((id, v) -> {
            if (v > LEFT_OVER) {
                ids[n[0]] = id;
                scores[n[0]++] = v * vocabulary.idf(id);
            }
        });
        return TopK.indices(java.util.Arrays.copyOf(scores, n[0]), limit, ids);
    }

    /**
     * The norm is cached, and recomputed when the centroid changed or the collection grew by a tenth since: idf
     * drifts slowly, and recomputing it for every comparison would cost a pass over thousands of terms.
     */
    private double norm(Vocabulary vocabulary) {
        if (norm < 0 || vocabulary.documents() > normDocuments * 1.1 + 10) {
            double[] sum = {0};
            sums.forEach((id, v) -> {
                double w = v * vocabulary.idf(id);
                sum[0] += w * w;
            });
            norm = Math.sqrt(sum[0]);
            normDocuments = vocabulary.documents();
        }
        return norm;
    }
}
