package org.newsgraph.story;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The sum of a story's article vectors in one space (terms or entities), compared with idf applied at query time so
 * it follows the stream's growing document frequencies.
 */
final class Centroid implements Serializable {

    private static final long serialVersionUID = 2L;

    /** What rounding leaves of a sum whose vectors were all taken back: below it an id counts as absent. */
    private static final double LEFT_OVER = 1e-9;

    private final IntDoubleMap sums = new IntDoubleMap();
    private double norm = -1;
    /** The square of {@link #norm} while that is cached, kept up to date term by term as vectors come and go. */
    private double squaredNorm;
    private int normDocuments;
    /** Non-empty vectors added and not taken back: zero means the centroid says nothing, whatever its sums hold. */
    private int vectors;

    /** Adds an article's vector, posting the story under each id the story did not hold yet. */
    void add(DocVector doc, Postings postings, int story, Vocabulary vocabulary) {
        for (int i = 0; i < doc.ids().length; i++) {
            double before = sums.get(doc.ids()[i]);
            if (sums.add(doc.ids()[i], doc.weights()[i])) postings.add(doc.ids()[i], story);
            updateNorm(doc.ids()[i], before, before + doc.weights()[i], vocabulary);
        }
        if (!doc.isEmpty()) vectors++;
        if (norm >= 0) norm = Math.sqrt(Math.max(0, squaredNorm));
    }

    /**
     * Takes back a vector added before. Its ids stay in the map (and the story in their postings) with what is left
     * of their sums, zero once no member holds them: postings only propose candidates, the cosine decides.
     */
    void subtract(DocVector doc) {
        for (int i = 0; i < doc.ids().length; i++) sums.add(doc.ids()[i], -doc.weights()[i]);
        if (!doc.isEmpty()) {
            vectors--;
            norm = -1; // recomputed whole at today's idf, as if the vector had never been added; removals are rare
        }
    }

    /**
     * Keeps a cached norm current through one changed sum, at the id's idf of now: recomputing it whole on every
     * change would cost a pass over a large story's thousands of terms per article it takes.
     */
    private void updateNorm(int id, double before, double after, Vocabulary vocabulary) {
        if (norm < 0) return;
        double idf = vocabulary.idf(id);
        squaredNorm += (after * after - before * before) * idf * idf;
    }

    /**
     * The summed idf of {@code doc}'s ids that this centroid holds, leaving out the sorted ids {@code except}; the
     * sum stops once it reaches {@code enough}, which is all a caller asking "at least so much?" needs.
     */
    double sharedIdf(Weighted doc, int[] except, double enough) {
        double sum = 0;
        for (int i = 0; i < doc.ids().length && sum < enough; i++) {
            int id = doc.ids()[i];
            if (sums.get(id) > LEFT_OVER && Arrays.binarySearch(except, id) < 0) sum += doc.idf()[i];
        }
        return sum;
    }

    /** Whether one of the sorted {@code ids} is held by no member of this centroid. */
    boolean lacksAnyOf(int[] ids) {
        for (int id : ids) if (!(sums.get(id) > LEFT_OVER)) return true;
        return false;
    }

    boolean isEmpty() {
        return vectors == 0;
    }

    /** Cosine similarity with {@code doc}, both weighted by the vocabulary's current idf; 0 when either is empty. */
    double cosine(Weighted doc, Vocabulary vocabulary) {
        if (doc.isEmpty() || isEmpty() || doc.norm() == 0) return 0;
        double dot = 0;
        for (int i = 0; i < doc.ids().length; i++) dot += doc.weighted()[i] * sums.get(doc.ids()[i]) * doc.idf()[i];
        double n = norm(vocabulary);
        return n == 0 ? 0 : dot / (doc.norm() * n);
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
        return TopK.indices(Arrays.copyOf(scores, n[0]), limit, ids);
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
            squaredNorm = sum[0];
            norm = Math.sqrt(sum[0]);
            normDocuments = vocabulary.documents();
        }
        return norm;
    }
}
