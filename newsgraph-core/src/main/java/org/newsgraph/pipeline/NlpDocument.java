package org.newsgraph.pipeline;

import java.util.List;
import java.util.Set;

/**
 * The linguistic annotation of one text, free of any backend's types so later stages (entities, quotes, event
 * coding) read tokens, dependencies and mentions the same way whichever backend produced them.
 *
 * @param layers which {@link Layer}s are filled
 */
public record NlpDocument(String text, List<Token> tokens, List<Sentence> sentences, List<Mention> mentions,
                          Set<String> layers) {

    public static NlpDocument empty(String text) {
        return new NlpDocument(text, List.of(), List.of(), List.of(), Set.of());
    }

    public NlpDocument {
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        layers = Set.copyOf(layers);
    }

    public boolean has(String layer) {
        return layers.contains(layer);
    }

    /** Index of the sentence holding token {@code t}; the sentences are in order, so this is a binary search. */
    public int sentenceOf(int t) {
        int lo = 0, hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (t < s.firstToken()) hi = mid - 1;
            else if (t >= s.endToken()) lo = mid + 1;
            else return mid;
        }
        return -1;
    }
}
