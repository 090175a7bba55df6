package org.newsgraph.nlp.entity;

import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An honorific or an award's title that an article sets before a person's name ("Cde Mugabe", "Bharat Ratna Pranab
 * Mukherjee") and that no list of titles knows: the tagger reads it as the first words of the name, and the entity
 * splits from the person. The article is the evidence: the words before a name it also gives without them are cut
 * off when they are no word of another person's name there and the article also uses them as a title
 * ({@link #standsApart}). A relative ("Grace Mugabe", "Chipo Mugabe ... Chipo said" beside "Robert Mugabe") and a
 * given name the list lacks ("Bashar al-Assad" beside "al-Assad") keep the name whole.
 */
final class HonorificPrefixes {

    private HonorificPrefixes() {
    }

    static List<Mention> apply(NlpDocument doc, List<Mention> mentions) {
        Set<String> names = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON) names.add(text(doc, m.firstToken(), m.endToken()));
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int cut = m.type() == EntityType.PERSON ? cut(doc, mentions, names, m) : -1;
            out.add(cut < 0 ? m : MentionSpans.of(doc, cut, m.endToken(), EntityType.PERSON));
        }
        return out;
    }

    private static int cut(NlpDocument doc, List<Mention> mentions, Set<String> names, Mention m) {
        boolean givenName = false;
        for (int k = m.firstToken() + 1; k < m.endToken(); k++) {
            String word = doc.tokens().get(k - 1).word();
            if (!Character.isUpperCase(word.charAt(0))) return -1;
            givenName |= GivenNames.contains(word);
            if (names.contains(text(doc, k, m.endToken())) && !inOtherName(doc, mentions, m, k)
                    && standsApart(doc, m, k, givenName)) return k;
        }
        return -1;
    }

    /**
     * Whether the prefix also stands elsewhere in the article as a title: as a noun after a determiner or a
     * possessive, maybe with an adjective between, with punctuation after it ("a true Bharat Ratna"."), which no
     * given name takes ("the UC Davis", "the Victoria line" go on); or, when it is no listed given name, glossed in
     * brackets after no other name ("Cde [comrade] Robert Mugabe", not "Containment Team (jokingly ...)"). That the
     * tagger left it untagged somewhere is no evidence: it misses given names ("fast Brigid was running").
     */
    private static boolean standsApart(NlpDocument doc, Mention m, int k, boolean givenName) {
        String prefix = text(doc, m.firstToken(), k);
        int length = k - m.firstToken();
        for (int p = 0; p + length <= doc.tokens().size(); p++) {
            if (p == m.firstToken() || !text(doc, p, p + length).equals(prefix)) continue;
            boolean noun = determined(doc, p) && closesPhrase(doc, p + length);
            if (noun || !givenName && !capitalised(doc, p - 1) && glossed(doc, p + length)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a determiner or a possessive stands before token {@code t}, maybe with an adjective between. */
    private static boolean determined(NlpDocument doc, int t) {
        if (t > 1 && doc.tokens().get(t - 1).pos().startsWith("JJ")) t--;
        String before = t > 0 ? doc.tokens().get(t - 1).pos() : "";
        return before.equals("DT") || before.equals("PRP$");
    }

    /**
     * Whether punctuation or the text's end comes at token {@code t}: "a true Bharat Ratna"." ends there, while "the
     * UC Davis" and "the Victoria line" go on as a name or a modifier.
     */
    private static boolean closesPhrase(NlpDocument doc, int t) {
        if (t >= doc.tokens().size()) return true;
        String w = doc.tokens().get(t).word();
        return !Character.isLetterOrDigit(w.charAt(0));
    }

    /** Whether token {@code t} is a capitalised word. */
    private static boolean capitalised(NlpDocument doc, int t) {
        return t >= 0 && t < doc.tokens().size() && Character.isUpperCase(doc.tokens().get(t).word().charAt(0));
    }

    /** Whether a lower-case gloss in brackets follows token {@code t}'s predecessor ("Cde [comrade]"). */
    private static boolean glossed(NlpDocument doc, int t) {
        if (t + 2 >= doc.tokens().size()) return false;
        String open = doc.tokens().get(t).word(), gloss = doc.tokens().get(t + 1).word();
        return (open.equals("[") || open.equals("(") || open.equals("-LSB-") || open.equals("-LRB-"))
                && Character.isLowerCase(gloss.charAt(0));
    }

    /** Whether a word of the prefix belongs to another person's name of the article (not the prefix alone). */
    private static boolean inOtherName(NlpDocument doc, List<Mention> mentions, Mention m, int k) {
        String prefix = text(doc, m.firstToken(), k);
        Set<String> words = new HashSet<>(List.of(prefix.split(" ")));
        for (Mention o : mentions) {
            if (o.type() != EntityType.PERSON || o.firstToken() == m.firstToken()) continue;
            String name = text(doc, o.firstToken(), o.endToken());
            if (name.equals(prefix) || name.equals(text(doc, m.firstToken(), m.endToken()))) continue;
            for (String w : name.split(" ")) if (words.contains(w)) return true;
        }
        return false;
    }

    private static String text(NlpDocument doc, int first, int end) {
        StringBuilder b = new StringBuilder();
        for (int t = first; t < end; t++) b.append(t > first ? " " : "").append(doc.tokens().get(t).word());
        return b.toString();
    }
}
