package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import org.newsgraph.pipeline.Annotated;
import org.newsgraph.pipeline.ArticleStage;
import org.newsgraph.pipeline.Layer;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Sentence;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Universal Dependencies (basic) from CoreNLP's neural parser, written into each token's head and relation. Kept
 * out of the default analysis: it costs about two thirds of the time of everything else (docs/nlp.md), so only
 * pipelines whose later stages need syntax (event coding) add it.
 */
public final class DependencyStage implements ArticleStage {

    @Override
    public Set<String> requires() {
        return Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.POS);
    }

    @Override
    public Set<String> provides() {
        return Set.of(Layer.DEPENDENCIES);
    }

    @Override
    public Annotated apply(Annotated in) {
        NlpDocument doc = in.nlp();
        if (doc.sentences().isEmpty()) return in;
        Annotation a = CoreLabels.document(doc, doc.sentences());
        CoreNlpModels.parser().annotate(a);
        List<Token> tokens = new ArrayList<>(doc.tokens());
        List<CoreMap> maps = a.get(CoreAnnotations.SentencesAnnotation.class);
        for (int s = 0; s < maps.size(); s++) {
            Sentence sentence = doc.sentences().get(s);
            SemanticGraph g = maps.get(s).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            if (g == null) continue;
            for (IndexedWord root : g.getRoots()) {
                int t = sentence.firstToken() + root.index() - 1;
                tokens.set(t, tokens.get(t).withDependency(-1, "root"));
            }
            for (SemanticGraphEdge e : g.edgeIterable()) {
                int t = sentence.firstToken() + e.getDependent().index() - 1;
                int h = sentence.firstToken() + e.getGovernor().index() - 1;
                tokens.set(t, tokens.get(t).withDependency(h, e.getRelation().toString()));
            }
        }
        Set<String> layers = new HashSet<>(doc.layers());
        layers.add(Layer.DEPENDENCIES);
        return in.withNlp(new NlpDocument(doc.text(), tokens, doc.sentences(), doc.mentions(), layers));
    }
}
