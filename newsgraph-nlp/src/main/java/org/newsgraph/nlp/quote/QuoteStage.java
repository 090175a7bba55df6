package org.newsgraph.nlp.quote;

import org.newsgraph.model.Analysis;
import org.newsgraph.nlp.entity.ResolvedEntities;
import org.newsgraph.pipeline.Annotated;
import org.newsgraph.pipeline.ArticleStage;
import org.newsgraph.pipeline.Layer;

import java.util.Set;

/** Quotes with speakers resolved to the article's entities. */
public final class QuoteStage implements ArticleStage {
    private final QuoteFinder finder = new QuoteFinder();

    @Override
    public Set<String> requires() {
        return Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.POS, Layer.LEMMAS, Layer.ENTITIES);
    }

    @Override
    public Set<String> provides() {
        return Set.of(Layer.QUOTES);
    }

    @Override
    public Annotated apply(Annotated in) {
        Analysis a = in.analysis();
        return in.withAnalysis(new Analysis(a.sentences(), a.entities(),
                finder.find(in.nlp(), ResolvedEntities.of(a.entities())), a.times(), a.events(),
                a.publishedEstimate(), a.analysisWarnings()));
    }
}
