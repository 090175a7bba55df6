package org.newsgraph.nlp.crf;

import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.sequences.FeatureFactory;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts {@link TokenFeatures} into the CRF classifiers of a pipeline's {@code ner} annotator. CoreNLP builds the
 * classifiers from properties and keeps them in private fields, so they are reached by reflection, once, when the
 * pipeline is built (CoreNLP 4.5.10); a CoreNLP whose fields moved fails here, loudly, not later.
 */
public final class CompiledFeatures {
    private static final VarHandle ANNOTATORS, NER, BASE_CLASSIFIERS;

    static {
        try {
            ANNOTATORS = MethodHandles.privateLookupIn(AnnotationPipeline.class, MethodHandles.lookup())
                    .findVarHandle(AnnotationPipeline.class, "annotators", List.class);
            NER = MethodHandles.privateLookupIn(NERCombinerAnnotator.class, MethodHandles.lookup())
                    .findVarHandle(NERCombinerAnnotator.class, "ner", NERClassifierCombiner.class);
            BASE_CLASSIFIERS = MethodHandles.privateLookupIn(ClassifierCombiner.class, MethodHandles.lookup())
                    .findVarHandle(ClassifierCombiner.class, "baseClassifiers", List.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private CompiledFeatures() {
    }

    /** @return the CRF classifiers now computing token features with {@link TokenFeatures} */
    public static List<CRFClassifier<CoreLabel>> install(AnnotationPipeline pipeline) {
        List<CRFClassifier<CoreLabel>> switched = new ArrayList<>();
        for (CRFClassifier<CoreLabel> crf : crfs(pipeline)) {
            boolean any = false;
            for (int i = 0; i < crf.featureFactories.size(); i++) {
                FeatureFactory<CoreLabel> model = crf.featureFactories.get(i);
                FeatureFactory<CoreLabel> replaced = TokenFeatures.forModel(model, crf.flags);
                crf.featureFactories.set(i, replaced);
                any |= replaced != model;
            }
            if (any) switched.add(crf);
        }
        return switched;
    }

    /** The CRF classifiers of the pipeline's NER annotators (NERClassifierCombiner holds CoreLabel classifiers). */
    @SuppressWarnings("unchecked")
    static List<CRFClassifier<CoreLabel>> crfs(AnnotationPipeline pipeline) {
        List<CRFClassifier<CoreLabel>> out = new ArrayList<>();
        for (Annotator a : (List<Annotator>) ANNOTATORS.get(pipeline)) {
            if (!(a instanceof NERCombinerAnnotator)) continue;
            NERClassifierCombiner combiner = (NERClassifierCombiner) NER.get(a);
            for (Object c : (List<?>) BASE_CLASSIFIERS.get(combiner)) {
                if (c instanceof CRFClassifier<?> crf) out.add((CRFClassifier<CoreLabel>) crf);
            }
        }
        return out;
    }
}
