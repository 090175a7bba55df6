package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.Annotated;
import org.newsgraph.pipeline.ArticleStage;
import org.newsgraph.pipeline.Layer;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Sentence;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Tokens, sentences, POS, lemmas and NER mentions from CoreNLP, turned into core's neutral {@link NlpDocument}. */
public final class CoreNlpAnnotator implements ArticleStage {

    private static final Set<String> PROVIDES = Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.POS, Layer.LEMMAS,
            Layer.MENTIONS);

    @Override
    public Set<String> requires() {
        return Set.of(Layer.TEXT);
    }

    @Override
    public Set<String> provides() {
        return PROVIDES;
    }

    @Override
    public Annotated apply(Annotated in) {
        return in.withNlp(annotate(in.nlp().text()));
    }

    /** Annotates {@code text}; offsets in the result point into it. */
    public NlpDocument annotate(String text) {
        Annotation doc = new Annotation(text);
        CoreNlpModels.tagger().annotate(doc);
        return convert(text, doc);
    }

    static NlpDocument convert(String text, Annotation doc) {
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) continue;
            int first = tokens.size();
            for (CoreLabel l : labels) {
                tokens.add(new Token(l.beginPosition(), l.endPosition(), text.substring(l.beginPosition(),
                        l.endPosition()), l.lemma(), l.tag(), -1, null));
            }
            sentences.add(new Sentence(new Span(labels.get(0).beginPosition(),
                    labels.get(labels.size() - 1).endPosition()), first, tokens.size()));
            List<CoreMap> ms = s.get(CoreAnnotations.MentionsAnnotation.class);
            if (ms == null) continue;
            for (CoreMap m : ms) {
                EntityType type = entityType(m.get(CoreAnnotations.EntityTypeAnnotation.class));
                if (type == null) continue;
                List<CoreLabel> mt = m.get(CoreAnnotations.TokensAnnotation.class);
                int b = mt.get(0).beginPosition(), e = mt.get(mt.size() - 1).endPosition();
                int ft = first + mt.get(0).index() - 1;
                mentions.add(new Mention(new Span(b, e), text.substring(b, e), type, ft, ft + mt.size()));
            }
        }
        return new NlpDocument(text, tokens, sentences, mentions, PROVIDES);
    }

    static EntityType entityType(String ner) {
        if (ner == null) return null;
        return switch (ner) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> EntityType.LOCATION;
            case "MISC" -> EntityType.MISC;
            default -> null;
        };
    }
}
