package org.newsgraph.nlp.entity;

import org.newsgraph.model.EntityType;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.Layer;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Sentence;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A one-sentence document written as the tagger would leave it, so the edge rules are tested on exactly the mention
 * boundaries they mend whatever the CRF does with the sentence today. Tokens are {@code word|POS} or
 * {@code word|POS|TYPE} (PER, LOC, ORG, MISC; neighbouring tokens of one type form one mention, {@code B-TYPE}
 * starts a new one), or {@code word|POS|TYPE|lemma} where the lemma matters ({@code bands|NNS||band}); a token
 * written {@code ~word|POS} follows the previous one without a space; a lone {@code ¶} ends a sentence there.
 */
final class TaggedText {
    private static final Map<String, EntityType> TYPES = Map.of("PER", EntityType.PERSON, "LOC",
            EntityType.LOCATION, "ORG", EntityType.ORGANIZATION, "MISC", EntityType.MISC);

    private TaggedText() {
    }

    static NlpDocument parse(String tagged) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Integer> breaks = new ArrayList<>();
        for (String t : tagged.split(" ")) {
            if (t.equals("¶")) {
                breaks.add(tokens.size());
                continue;
            }
            boolean glued = t.startsWith("~");
            String[] f = (glued ? t.substring(1) : t).split("\\|");
            if (!glued && !text.isEmpty()) text.append(' ');
            int start = text.length();
            text.append(f[0]);
            String lemma = f.length > 3 ? f[3] : f[0].toLowerCase();
            tokens.add(new Token(start, text.length(), f[0], lemma, f[1], -1, null));
            labels.add(f.length > 2 && !f[2].isEmpty() ? f[2] : null);
        }
        String s = text.toString();
        List<Sentence> sentences = new ArrayList<>();
        breaks.add(tokens.size());
        int from = 0;
        for (int b : breaks) {
            if (b == from) continue;
            sentences.add(new Sentence(new Span(tokens.get(from).start(), tokens.get(b - 1).end()), from, b));
            from = b;
        }
        NlpDocument untagged = new NlpDocument(s, tokens, sentences, List.of(),
                Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.POS));
        List<Mention> mentions = new ArrayList<>();
        int open = -1;
        for (int t = 0; t <= tokens.size(); t++) {
            String l = t < tokens.size() ? labels.get(t) : null;
            boolean continues = open >= 0 && l != null && !l.startsWith("B-") && l.equals(labels.get(open)
                    .replace("B-", ""));
            if (open >= 0 && !continues) {
                mentions.add(MentionSpans.of(untagged, open, t, TYPES.get(labels.get(open).replace("B-", ""))));
                open = -1;
            }
            if (l != null && open < 0) open = t;
        }
        return new NlpDocument(s, tokens, sentences, mentions,
                Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.POS, Layer.MENTIONS));
    }

    /** The resolved mentions as "TYPE text", in text order. */
    /** The resolver's entities of a tagged text as "TYPE name xMENTIONS". */
    static List<String> entityCounts(String tagged) {
        return new EntityResolver().resolve(parse(tagged)).entities().stream()
                .map(e -> e.type() + " " + e.name() + " x" + e.mentions().size()).toList();
    }

    static List<String> resolved(String tagged) {
        NlpDocument doc = parse(tagged);
        List<String> out = new ArrayList<>();
        for (ResolvedEntities.TypedSpan t : new EntityResolver().resolve(doc).typedMentions()) {
            out.add(t.type() + " " + t.span().of(doc.text()));
        }
        return out;
    }
}
