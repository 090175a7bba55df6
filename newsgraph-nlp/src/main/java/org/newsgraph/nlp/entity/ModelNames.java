package org.newsgraph.nlp.entity;

import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A maker's name followed by a model designation names a product, not the maker: "the Boeing 747", "an Airbus
 * A380", "a Volvo XC90", "the S&P 500 index". The tagger reads the maker as an organisation and leaves the number
 * out, so every aircraft in a story about airlines counted as a mention of the manufacturer. The whole designation
 * (with the capitalised words that go on naming the model, "Boeing 737 Max", "Airbus A330 MRTT") is one
 * miscellaneous name, as CoNLL-style annotation has products. A code of capitals and digits ("A380", "XC90") is a
 * designation wherever it follows; a bare number only where it cannot be a count or a score: three digits, written
 * with a variant or a plural ("737-800", "707s") or in a noun phrase opened by an article, a number or an adjective,
 * which makes the name a thing ("a Boeing 747", "22 new Boeing 787s", "the grounded Boeing 737"; not "Labour 203,
 * Greens 12").
 */
final class ModelNames {

    private static final Pattern CODE = Pattern.compile("[A-Z]{1,3}-?\\d{1,4}[A-Z]{0,2}s?");
    private static final Pattern NUMBER = Pattern.compile("\\d{3}s?");
    /** A variant written against the designation, which the tokenizer splits off ("A330-200", "737-800"). */
    private static final Pattern VARIANT = Pattern.compile("-?\\d{1,4}[A-Z]{0,2}s?");
    /** Parts of speech before a name that make it a thing: an article or determiner, a count, an adjective. */
    private static final Set<String> THING_BEFORE = Set.of("DT", "CD", "JJ", "JJR", "JJS", "PRP$");
    /** Words between such an opening and the name: participles and adverbs ("the recently grounded Boeing 737"). */
    private static final Set<String> MODIFIERS = Set.of("VBN", "VBG", "RB");

    private ModelNames() {
    }

    static List<Mention> apply(NlpDocument doc, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        List<Mention> out = new ArrayList<>(mentions.size());
        int skipUntil = -1;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.firstToken() < skipUntil) continue;
            int d = m.endToken();
            if (m.type() != EntityType.ORGANIZATION || d >= tokens.size() || !MentionSpans.sameSentence(doc, d - 1, d)
                    || !designation(tokens, m.firstToken(), d)) {
                out.add(m);
                continue;
            }
            int end = variantEnd(tokens, d);
            while (end < tokens.size() && MentionSpans.sameSentence(doc, d, end) && modelWord(tokens.get(end))) end++;
            // a name the tagger found inside the model's words ("A380" as MISC, "Max" as a person) is part of it
            for (int j = i + 1; j < mentions.size() && mentions.get(j).firstToken() < end; j++) {
                end = Math.max(end, mentions.get(j).endToken());
            }
            skipUntil = end;
            out.add(MentionSpans.of(doc, m.firstToken(), end, EntityType.MISC));
        }
        return out;
    }

    /** Whether the token at {@code d}, right after the maker's name starting at {@code first}, designates a model. */
    private static boolean designation(List<Token> tokens, int first, int d) {
        String w = tokens.get(d).word();
        if (CODE.matcher(w).matches()) return true;
        if (!NUMBER.matcher(w).matches()) return false;
        if (w.endsWith("s") || variantEnd(tokens, d) > d + 1) return true;
        return thingBefore(tokens, first);
    }

    /** Whether the noun phrase before the name opens with an article, a count or an adjective ("the grounded ..."). */
    private static boolean thingBefore(List<Token> tokens, int first) {
        for (int t = first - 1; t >= 0 && tokens.get(t).pos() != null; t--) {
            String pos = tokens.get(t).pos();
            if (THING_BEFORE.contains(pos)) return true;
            if (!MODIFIERS.contains(pos)) return false;
        }
        return false;
    }

    /** The end of the designation at {@code d} with the variant glued to it: "737", "-", "800". */
    private static int variantEnd(List<Token> tokens, int d) {
        int end = d + 1;
        while (end < tokens.size() && tokens.get(end).start() == tokens.get(end - 1).end()
                && (tokens.get(end).word().equals("-") || VARIANT.matcher(tokens.get(end).word()).matches())) end++;
        return end > d + 1 && tokens.get(end - 1).word().equals("-") ? end - 1 : end;
    }

    /** A capitalised word going on with the model's name ("Max", "Dreamliner", "MRTT"). */
    private static boolean modelWord(Token t) {
        return t.pos() != null && t.pos().startsWith("NNP") && Character.isUpperCase(t.word().charAt(0));
    }
}
