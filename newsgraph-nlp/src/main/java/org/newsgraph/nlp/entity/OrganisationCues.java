package org.newsgraph.nlp.entity;

import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the article does with a name that only an organisation does: "Caloi was founded in 1898", "Nyrstar's
 * shares", "shares of Caloi", "the company's subsidiary". The news-trained tagger reads a company named like a
 * surname as a person; these phrases say otherwise, and {@link EntityResolver} types every mention of the name by
 * them as it does by {@link ClassNouns}. A name the tagger read as a place keeps that reading: places are
 * founded and have shares traded in them too ("Rome was founded", "shares of Asia").
 */
final class OrganisationCues {

    /** After "X was/is": passive verbs whose subject is an organisation. */
    private static final Set<String> PASSIVES = Set.of("founded", "co-founded", "headquartered", "incorporated",
            "listed");
    private static final Set<String> COPULAS = Set.of("is", "was", "are", "were");
    /** After "X's": what an organisation has and a person does not. */
    private static final Set<String> HOLDINGS = Set.of("shares", "shareholders", "stock", "subsidiary",
            "subsidiaries", "headquarters", "ceo", "employees", "workforce", "stake");

    private OrganisationCues() {
    }

    /** Names an organisation cue types, as token ranges of tagger mentions or untagged proper-noun runs. */
    static List<ClassNouns.Typed> find(NlpDocument doc, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        Mention[] endingAt = new Mention[tokens.size() + 1];
        Mention[] startingAt = new Mention[tokens.size() + 1];
        for (Mention m : mentions) {
            endingAt[m.endToken()] = m;
            startingAt[m.firstToken()] = m;
        }
        List<ClassNouns.Typed> out = new ArrayList<>();
        for (var s : doc.sentences()) {
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                if (t > s.firstToken() && cueAfter(tokens, t, s.endToken())) {
                    add(out, endingAt[t], doc, t, s.firstToken(), s.endToken(), false);
                }
                if (t + 2 < s.endToken() && word(tokens, t).equals("shares") && word(tokens, t + 1).equals("of")) {
                    add(out, startingAt[t + 2], doc, t + 2, s.firstToken(), s.endToken(), true);
                }
            }
        }
        return out;
    }

    /** A cue starting at token {@code t}, right after a name: "was founded", "'s shares", "'s voting shares". */
    private static boolean cueAfter(List<Token> tokens, int t, int end) {
        String w = word(tokens, t);
        if (COPULAS.contains(w)) return t + 1 < end && PASSIVES.contains(word(tokens, t + 1));
        if (!w.equals("'s") && !w.equals("’s")) return false;
        int h = t + 1;
        // one modifier between: "'s voting shares", "'s listed subsidiary"
        if (h + 1 < end && (pos(tokens.get(h)).startsWith("JJ") || pos(tokens.get(h)).startsWith("VB"))) h++;
        return h < end && HOLDINGS.contains(word(tokens, h));
    }

    /** The tagger's mention at the cue, else the untagged proper-noun run there; never one read as a place. */
    private static void add(List<ClassNouns.Typed> out, Mention m, NlpDocument doc, int at, int sentenceStart,
                            int sentenceEnd, boolean forward) {
        if (m != null) {
            if (m.type() != EntityType.LOCATION) {
                out.add(new ClassNouns.Typed(m.firstToken(), m.endToken(), EntityType.ORGANIZATION));
            }
            return;
        }
        int first = at, end = at;
        if (forward) while (end < sentenceEnd && properNoun(doc.tokens().get(end))) end++;
        else while (first > sentenceStart && properNoun(doc.tokens().get(first - 1))) first--;
        if (first < end) out.add(new ClassNouns.Typed(first, end, EntityType.ORGANIZATION));
    }

    private static boolean properNoun(Token t) {
        return pos(t).startsWith("NNP") && !t.word().isEmpty() && Character.isLetterOrDigit(t.word().charAt(0))
                && !EntityResolver.isNotName(t.word());
    }

    private static String word(List<Token> tokens, int t) {
        return tokens.get(t).word().toLowerCase(Locale.ROOT);
    }

    private static String pos(Token t) {
        return t.pos() == null ? "" : t.pos();
    }
}
