package org.newsgraph.nlp.entity;

import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.CountryNames;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A country's name of several words written out in the text is one place, whatever pieces the tagger made of it
 * ("Democratic Republic" as MISC and "Congo" as a place, or "Congo" alone of "the Republic of the Congo"): the piece
 * left alone is another country's name to the lists ({@link CountryNames} files a bare "Congo" under the Democratic
 * Republic). The names are the lists', so no list of ours decides what a country is.
 */
final class CountryNameSpans {
    /** Tokens of the longest name looked for: "Saint Vincent and the Grenadines". */
    private static final int LONGEST = 6;
    private static final Set<String> INNER = Set.of("of", "the", "and");

    private CountryNameSpans() {
    }

    static List<Mention> apply(NlpDocument doc, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON || !out.contains(m)) continue;
            int[] name = countryAround(doc, m);
            if (name == null || crossesAnother(out, m, name)) continue;
            out.removeIf(o -> o.firstToken() < name[1] && o.endToken() > name[0]);
            out.add(MentionSpans.of(doc, name[0], name[1], EntityType.LOCATION));
        }
        out.sort(Comparator.comparingInt(Mention::firstToken));
        return out;
    }

    /** The longest country's name of two words or more in the mention's sentence that holds the mention and more. */
    private static int[] countryAround(NlpDocument doc, Mention m) {
        List<Token> tokens = doc.tokens();
        int sentence = doc.sentenceOf(m.firstToken());
        int from = Math.max(MentionSpans.sentenceStart(doc, m.firstToken()), m.endToken() - LONGEST);
        int to = sentence < 0 ? tokens.size() : doc.sentences().get(sentence).endToken();
        int[] best = null;
        for (int first = from; first <= m.firstToken(); first++) {
            for (int end = Math.min(to, first + LONGEST); end >= m.endToken(); end--) {
                if (end - first <= m.endToken() - m.firstToken() || best != null && end - first <= best[1] - best[0]
                        || !nameShaped(doc, first, end)) continue;
                StringBuilder words = new StringBuilder();
                for (int t = first; t < end; t++) words.append(t > first ? " " : "").append(tokens.get(t).word());
                if (CountryNames.isCountry(words.toString())) best = new int[]{first, end};
            }
        }
        return best;
    }

    /**
     * Capitalised words with "of", "the", "and" between them, opening and closing with a capitalised word that is no
     * "The" (the lists compare names with or without "the", so "United States The", a list item run into the next
     * line's first word, would pass), all on one line.
     */
    private static boolean nameShaped(NlpDocument doc, int first, int end) {
        List<Token> tokens = doc.tokens();
        if (!capitalised(tokens.get(first)) || !capitalised(tokens.get(end - 1))
                || tokens.get(first).word().equalsIgnoreCase("the")
                || tokens.get(end - 1).word().equalsIgnoreCase("the")) return false;
        for (int t = first + 1; t < end; t++) {
            if (MentionSpans.lineBreakBefore(doc, t)) return false;
            if (t < end - 1 && !capitalised(tokens.get(t))
                    && !INNER.contains(tokens.get(t).word().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean capitalised(Token t) {
        return Character.isUpperCase(t.word().charAt(0));
    }

    /** Whether the name would cut into a person or into another mention reaching past it. */
    private static boolean crossesAnother(List<Mention> mentions, Mention m, int[] name) {
        for (Mention o : mentions) {
            if (o == m || o.firstToken() >= name[1] || o.endToken() <= name[0]) continue;
            if (o.type() == EntityType.PERSON || o.firstToken() < name[0] || o.endToken() > name[1]) return true;
        }
        return false;
    }
}
