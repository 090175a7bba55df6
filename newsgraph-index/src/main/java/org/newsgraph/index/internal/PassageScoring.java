package org.newsgraph.index.internal;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's default passage score (BM25 over the passage, {@link PassageScorer}'s defaults), computed without its
 * per-passage {@code BytesRefHash}: that hash allocates a 32 KB block for every passage scored, every sentence with a
 * match in every hit, which made highlighting the largest source of garbage under load (docs/api.md, "Load
 * benchmark"). A passage has a handful of matches, so a linear scan finds a term's first occurrence; terms are summed
 * in the order of their first match, as the hash numbers them, so the float is the same.
 */
final class PassageScoring extends PassageScorer {
    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        int[] first = new int[matches]; // the match where each distinct term first occurs, in order
        int[] inPassage = new int[matches];
        int distinct = 0;
        for (int i = 0; i < matches; i++) {
            int t = 0;
            while (t < distinct && !terms[first[t]].bytesEquals(terms[i])) t++;
            if (t == distinct) first[distinct++] = i;
            inPassage[t]++;
        }
        double score = 0;
        for (int t = 0; t < distinct; t++) {
            score += tf(inPassage[t], passage.getLength()) * weight(contentLength, freqsInDoc[first[t]]);
        }
        score *= norm(passage.getStartOffset());
        return (float) score;
    }
}
