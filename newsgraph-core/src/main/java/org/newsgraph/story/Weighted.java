package org.newsgraph.story;

/**
 * An article's vector with the current idf applied, computed once per article: every candidate story's cosine then
 * reads it instead of taking a logarithm per term per story.
 *
 * @param ids      the vector's ids, sorted
 * @param idf      each id's idf now
 * @param weighted each id's weight times its idf
 * @param norm     the length of {@code weighted}
 */
record Weighted(int[] ids, double[] idf, double[] weighted, double norm) {

    static Weighted of(DocVector doc, Vocabulary vocabulary) {
        int n = doc.ids().length;
        double[] idf = new double[n];
        double[] weighted = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            idf[i] = vocabulary.idf(doc.ids()[i]);
            weighted[i] = doc.weights()[i] * idf[i];
            sum += weighted[i] * weighted[i];
        }
        return new Weighted(doc.ids(), idf, weighted, Math.sqrt(sum));
    }

    boolean isEmpty() {
        return ids.length == 0;
    }
}
