package org.newsgraph.nlp;

import org.newsgraph.model.Analysis;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.entity.EntityResolver;
import org.newsgraph.pipeline.Annotated;
import org.newsgraph.pipeline.ArticleStage;
import org.newsgraph.pipeline.Layer;
import org.newsgraph.pipeline.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Sentences and resolved entities into the analysis. */
public final class EntityStage implements ArticleStage {
    private final EntityResolver resolver = new EntityResolver();

    @Override
    public Set<String> requires() {
        return Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.POS, Layer.MENTIONS);
    }

    @Override
    public Set<String> provides() {
        return Set.of(Layer.ENTITIES);
    }

    @Override
    public Annotated apply(Annotated in) {
        List<Span> sentences = new ArrayList<>(in.nlp().sentences().size());
        for (Sentence s : in.nlp().sentences()) sentences.add(s.span());
        Analysis a = in.analysis();
        return in.withAnalysis(new Analysis(sentences, resolver.resolve(in.nlp(), in.article().title()).entities(), a.quotes(), a.times(),
                a.events(), a.publishedEstimate(), a.analysisWarnings()));
    }
}
