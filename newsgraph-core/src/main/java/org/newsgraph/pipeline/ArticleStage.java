package org.newsgraph.pipeline;

import java.util.Set;

/**
 * One understanding step. Like a CoreNLP annotator it names the {@link Layer}s it needs and the ones it adds, so a
 * pipeline can be checked before it runs. Implementations are thread-safe and keep no per-article state.
 */
public interface ArticleStage {

    Set<String> requires();

    Set<String> provides();

    /** Adds this stage's layers; never throws on odd text (empty, foreign, huge): it adds a warning instead. */
    Annotated apply(Annotated in);
}
