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
        Annotation doc = new Annotation(Datelines.apart(text));
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
                int b = visibleStart(text, l.beginPosition(), l.endPosition());
                int e = visibleEnd(text, b, l.endPosition());
                tokens.add(new Token(b, e, text.substring(b, e), l.lemma(), l.tag(), -1, null));
            }
            sentences.add(new Sentence(new Span(labels.get(0).beginPosition(),
                    labels.get(labels.size() - 1).endPosition()), first, tokens.size()));
            List<CoreMap> ms = s.get(CoreAnnotations.MentionsAnnotation.class);
            if (ms == null) continue;
            for (CoreMap m : ms) {
                EntityType type = entityType(m.get(CoreAnnotations.EntityTypeAnnotation.class));
                if (type == null) continue;
                List<CoreLabel> mt = m.get(CoreAnnotations.TokensAnnotation.class);
                // CoreNLP also emits "he"/"she" as PERSON mentions for coreference; those are not names.
                if ("O".equals(mt.get(0).ner())) continue;
                int b = visibleStart(text, mt.get(0).beginPosition(), mt.get(0).endPosition());
                int e = visibleEnd(text, b, mt.get(mt.size() - 1).endPosition());
                int ft = first + mt.get(0).index() - 1;
                mentions.add(new Mention(new Span(b, e), text.substring(b, e), type, ft, ft + mt.size()));
            }
        }
        return new NlpDocument(text, tokens, sentences, mentions, PROVIDES);
    }

    /**
     * Where a token's visible text starts: the tokenizer keeps invisible format characters (a zero-width joiner or
     * space, a byte-order mark, a soft hyphen) that pages leave at a word's edge inside the token, and they would end
     * up in names ("Wikinews\u200d" beside "Wikinews"). A token of nothing else keeps them.
     */
    static int visibleStart(String text, int begin, int end) {
        int b = begin;
        while (b < end && isFormat(text.charAt(b))) b++;
        return b == end ? begin : b;
    }

    /** Where the visible text that starts at {@code begin} ends, format characters at the edge left out. */
    static int visibleEnd(String text, int begin, int end) {
        int e = end;
        while (e > begin && isFormat(text.charAt(e - 1))) e--;
        return e == begin ? end : e;
    }

    private static boolean isFormat(char c) {
        return Character.getType(c) == Character.FORMAT;
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
