package org.newsgraph.pipeline;

/**
 * Names of the annotation layers stages require and provide, in the spirit of CoreNLP's annotator requirements,
 * so a pipeline can check its order and a backend can be swapped without the stages downstream knowing.
 */
public final class Layer {
    public static final String TEXT = "text";
    public static final String TOKENS = "tokens";
    public static final String SENTENCES = "sentences";
    public static final String POS = "pos";
    public static final String LEMMAS = "lemmas";
    public static final String DEPENDENCIES = "dependencies";
    public static final String MENTIONS = "mentions";
    public static final String ENTITIES = "entities";
    public static final String QUOTES = "quotes";
    public static final String TIMES = "times";

    private Layer() {
    }
}
