package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Sentence;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds CoreNLP's token maps from the neutral document, so stages after the tagger (parser, SUTime) stay
 * independent of how the tokens were produced.
 */
final class CoreLabels {

    private CoreLabels() {
    }

    /** A CoreNLP document holding only the given sentences, with their original character offsets. */
    static Annotation document(NlpDocument doc, List<Sentence> sentences) {
        Annotation a = new Annotation(doc.text());
        List<CoreMap> maps = new ArrayList<>(sentences.size());
        List<CoreLabel> all = new ArrayList<>();
        for (Sentence s : sentences) {
            List<CoreLabel> labels = labels(doc, s);
            CoreMap m = new ArrayCoreMap();
            m.set(CoreAnnotations.TokensAnnotation.class, labels);
            m.set(CoreAnnotations.TextAnnotation.class, s.span().of(doc.text()));
            m.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, s.span().start());
            m.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, s.span().end());
            m.set(CoreAnnotations.SentenceIndexAnnotation.class, maps.size());
            maps.add(m);
            all.addAll(labels);
        }
        a.set(CoreAnnotations.SentencesAnnotation.class, maps);
        a.set(CoreAnnotations.TokensAnnotation.class, all);
        return a;
    }

    private static List<CoreLabel> labels(NlpDocument doc, Sentence s) {
        List<CoreLabel> out = new ArrayList<>(s.endToken() - s.firstToken());
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Token t = doc.tokens().get(i);
            CoreLabel l = new CoreLabel();
            l.setWord(t.word());
            l.setValue(t.word());
            l.setOriginalText(t.word());
            l.setTag(t.pos());
            l.setLemma(t.lemma());
            l.setBeginPosition(t.start());
            l.setEndPosition(t.end());
            l.setIndex(i - s.firstToken() + 1);
            l.setSentIndex(doc.sentenceOf(i));
            l.setNER("O");
            out.add(l);
        }
        return out;
    }
}
