package org.newsgraph.nlp.entity;

import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A shop, a firm or a venue named by its founder's possessive ("Macy's", "Nicholson's", "at Lua's"): the tagger reads
 * the word before "'s" as a person and leaves the possessive out. The article's own grammar tells the name from a
 * person's genitive: a genitive owns the noun phrase after it, so a possessive that owns nothing and is a subject or a
 * place ("Macy's said", "bought Nicholson's and sold", "at Lua's") is a name (a person's genitive with its noun left
 * out, "exceeds Pele's.", "Unlike Obama's, the plan", only ends a phrase), and the name is the firm's where the article
 * never writes the word without the possessive: a person is named bare somewhere ("Smith said ... the choice was
 * Smith's."). A word of a person's fuller name in the article ("Ben Player") is that person's, and the possessives of
 * two owners joined by "and" ("Smith's and Jones's children") own the noun after the second.
 */
final class PossessiveNames {

    /** Parts of speech that open no noun phrase: what follows a possessive owning nothing. */
    private static final Set<String> NO_POSSESSUM = Set.of(",", ".", ":", "CC", "VBD", "VBZ", "VBP", "MD", "-RRB-",
            "''");

    /** A preposition after the possessive owns no noun either ("a table at Lua's in Miami"). */
    private static final Set<String> PREPOSITIONS = Set.of("IN", "TO");

    /**
     * Prepositions of place: a possessive after one names a shop or a venue ("at Lua's"). A subject's "'s" before a
     * preposition may be "is" ("Sanchez's in Madrid"), so a preposition after it is no evidence by itself.
     */
    private static final Set<String> PLACE = Set.of("at", "to", "from", "outside", "near", "inside");

    /** Finite verbs: a phrase of owners sharing one noun ends before one. */
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

    /** How far a list of owners sharing one noun reaches past the first possessive. */
    private static final int PHRASE = 8;

    private PossessiveNames() {
    }

    static List<Mention> apply(NlpDocument doc, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        Map<String, Boolean> named = new HashMap<>();
        for (Mention m : mentions) {
            if (!candidate(doc, m)) continue;
            named.merge(m.text(), ownsNothing(doc, m.firstToken(), m.endToken()), Boolean::logicalOr);
        }
        if (!named.containsValue(true)) return mentions;
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.endToken() - m.firstToken() > 1) {
                for (int t = m.firstToken(); t < m.endToken(); t++) named.remove(tokens.get(t).word());
            }
        }
        for (int t = 0; t < tokens.size(); t++) {
            if (named.containsKey(tokens.get(t).word()) && !possessive(doc, t + 1)) named.remove(tokens.get(t).word());
        }
        if (!named.containsValue(true)) return mentions;
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean firm = candidate(doc, m) && named.getOrDefault(m.text(), false);
            out.add(firm ? MentionSpans.of(doc, m.firstToken(), m.endToken() + 1, EntityType.ORGANIZATION) : m);
        }
        return out;
    }

    /**
     * Whether a mention's words are a firm's possessive name, which keeps its "'s" ({@link NameForm} drops a
     * genitive's): an organisation of one word and a possessive, as {@link #apply} writes it and as the tagger
     * itself reads "McDonald's".
     */
    static boolean isFirm(List<String> words, EntityType type) {
        return type == EntityType.ORGANIZATION && words.size() == 2 && NameForm.isPossessive(words.get(1));
    }

    /** A one-word person or organisation of the tagger's followed by a possessive. */
    private static boolean candidate(NlpDocument doc, Mention m) {
        return (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION)
                && m.endToken() - m.firstToken() == 1 && possessive(doc, m.endToken());
    }

    private static boolean possessive(NlpDocument doc, int t) {
        return t < doc.tokens().size() && "POS".equals(doc.tokens().get(t).pos())
                && MentionSpans.sameSentence(doc, t - 1, t);
    }

    /**
     * Whether the possessive at token {@code t} after the name at {@code first} owns no noun phrase and shows a firm: a
     * finite verb follows it, straight or after a list of names ("Macy's said", "Wendy's and Burger King did"), or a
     * preposition of place comes before it ("dined at Rossi's in Soho", "visitors to Johnson's"). A stop, a comma or a
     * conjunction without a verb shows nothing: a person's genitive with its noun left out ends there too ("exceeds
     * Pele's.", "Unlike Obama's, the plan"). No later possessive of the phrase may share a noun with it ("Tesco's,
     * Sainsbury's and Asda's prices"). After "of" it owns the noun before "of" ("a friend of Carter's", the double
     * genitive), after a form of "be" the subject's noun ("the goal was Salah's").
     */
    private static boolean ownsNothing(NlpDocument doc, int first, int t) {
        List<Token> tokens = doc.tokens();
        if (first > 0 && (tokens.get(first - 1).word().equalsIgnoreCase("of")
                || "be".equals(tokens.get(first - 1).lemma()))) return false;
        boolean place = first > 0 && PLACE.contains(tokens.get(first - 1).word().toLowerCase(Locale.ROOT));
        int next = t + 1;
        if (next >= tokens.size() || !MentionSpans.sameSentence(doc, t, next)) return place;
        String pos = tokens.get(next).pos();
        if (pos == null || !NO_POSSESSUM.contains(pos) && !PREPOSITIONS.contains(pos)) return false;
        int end = Math.min(tokens.size(), next + PHRASE);
        for (int k = next; k < end && MentionSpans.sameSentence(doc, t, k); k++) {
            String later = tokens.get(k).pos();
            if ("POS".equals(later)) return false;
            if (later != null && FINITE.contains(later)) break;
        }
        // names before the verb count only when a conjunction lists them with the possessive ("Wendy's and Burger
        // King did"): a name after a bare comma is the subject of a clause of its own ("Unlike Obama's, Bush and
        // Clinton backed")
        boolean joined = false;
        for (int k = next; k < end && MentionSpans.sameSentence(doc, t, k); k++) {
            String later = tokens.get(k).pos();
            if (later == null) break;
            if (FINITE.contains(later)) return true;
            if ("CC".equals(later)) joined = true;
            else if (!",".equals(later) && !later.startsWith("RB") && !(later.startsWith("NNP") && joined)) break;
        }
        return place;
    }
}
