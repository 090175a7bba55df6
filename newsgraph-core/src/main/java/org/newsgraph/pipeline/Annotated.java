package org.newsgraph.pipeline;

import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;

/**
 * What flows between {@link ArticleStage}s: the article, its linguistic annotation so far and the analysis so far.
 */
public record Annotated(Article article, NlpDocument nlp, Analysis analysis) {

    public static Annotated start(Article article) {
        return new Annotated(article, NlpDocument.empty(article.text()), Analysis.EMPTY);
    }

    public Annotated withNlp(NlpDocument newNlp) {
        return new Annotated(article, newNlp, analysis);
    }

    public Annotated withAnalysis(Analysis newAnalysis) {
        return new Annotated(article, nlp, newAnalysis);
    }
}
