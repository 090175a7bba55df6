package org.newsgraph.nlp.entity;

import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A person's name takes no article: a one-word name the tagger read as a person that the article writes after "the"
 * as the head of its phrase in every mention ("the Azna defended themselves", "ruler of the Azna,", "Iraq and the
 * Levant,") names a people, a place or a ship, not a person. It is a miscellaneous name, as a people's is in
 * CoNLL-style annotation; the tagger's person would be wrong whatever it is. A name that modifies the noun after it
 * ("the Trump administration", "the Imus family"), opens a pair ("the Bill and Melinda Gates Foundation", "the
 * Hummer and Saab brands") or a case's name ("the Roe v. Wade ruling") is the person's or what the words after it
 * name, and one mention without the article ("Azna said") keeps the tagger's reading for all.
 * <p>
 * Three uses of "the" before a person's word keep the person: a family named by the plural of its surname ("the
 * Clintons", "the Kennedys"; a people's plural made from an adjective in -i, "the Houthis", "the Yazidis", is no
 * surname's); a title or role ("the Pope", its one holder, {@link NameForm#isTitle}); and a name as a type before
 * "of" ("the Mozart of chess": the person stands for a kind of person).
 */
final class ArticleNames {

    /** Words between the parties of a case's name ("the Roe v. Wade case"). */
    private static final Set<String> PARTIES = Set.of("v.", "v", "vs", "vs.");

    private ArticleNames() {
    }

    static List<Mention> apply(NlpDocument doc, List<Mention> mentions) {
        Map<String, Boolean> allAfterArticle = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() != EntityType.PERSON || m.endToken() - m.firstToken() != 1) continue;
            boolean group = headAfterArticle(doc, m.firstToken()) && !familyOrTitle(m.text());
            allAfterArticle.merge(m.text(), group, Boolean::logicalAnd);
        }
        if (!allAfterArticle.containsValue(true)) return mentions;
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean group = m.type() == EntityType.PERSON && m.endToken() - m.firstToken() == 1
                    && allAfterArticle.getOrDefault(m.text(), false);
            out.add(group ? MentionSpans.of(doc, m.firstToken(), m.endToken(), EntityType.MISC) : m);
        }
        return out;
    }

    /** Whether the word is a family's plural ("Clintons", not "Houthis") or a title ("Pope"). */
    private static boolean familyOrTitle(String word) {
        boolean plural = word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("is");
        return plural || NameForm.isTitle(word);
    }

    /** Whether "the" stands right before token {@code t} and no noun, possessive or hyphen follows it. */
    private static boolean headAfterArticle(NlpDocument doc, int t) {
        List<Token> tokens = doc.tokens();
        if (t == 0 || !MentionSpans.sameSentence(doc, t - 1, t)) return false;
        String before = tokens.get(t - 1).word();
        if (!(before.equals("the") || before.equals("The") && MentionSpans.sentenceStart(doc, t) == t - 1)) {
            return false;
        }
        if (t + 1 >= tokens.size() || !MentionSpans.sameSentence(doc, t, t + 1)) return true;
        Token next = tokens.get(t + 1);
        String pos = next.pos() == null ? "" : next.pos();
        return !(pos.startsWith("NN") || pos.equals("POS") || pos.equals("HYPH") || next.word().equals("-")
                || next.word().startsWith("'") || pos.equals("CD") || pos.equals("CC") || PARTIES.contains(next.word())
                || next.word().equals("of"));
    }
}
