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
 * Words at the edges of organisation names that the tagger leaves out or takes in. Left out: a nationality
 * adjective the tagger left untagged in front ("the Spanish Air Force", "German Federal Police": the name as the
 * organisation writes it), and the number of a military unit ("65 Air Division", "3rd Infantry Division"). Taken in:
 * a member's title after a party ("a Labour MP", "Liberal MPP"), which names a person, not the party.
 */
final class OrganisationEdges {
    /** Proper adjectives of nationality by their endings (German, Spanish, Chinese, Dutch, Iraqi, Arabic). */
    private static final Pattern DEMONYM = Pattern.compile("\\p{Lu}\\p{L}*(an|ish|ese|ch|i|ic)");
    private static final Pattern UNIT_NUMBER = Pattern.compile("\\d{1,3}(st|nd|rd|th)?");
    private static final Set<String> UNITS = Set.of("Division", "Wing", "Corps", "Brigade", "Regiment",
            "Battalion", "Squadron", "Group", "Fleet", "Army", "Command");
    private static final Pattern MEMBER_TITLE = Pattern.compile("(MP|MPP|MEP|MLA|MSP)s?");

    private OrganisationEdges() {
    }

    static List<Mention> apply(NlpDocument doc, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        boolean[] tagged = new boolean[tokens.size()];
        for (Mention m : mentions) for (int t = m.firstToken(); t < m.endToken(); t++) tagged[t] = true;
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (m.type() != EntityType.ORGANIZATION) {
                out.add(m);
                continue;
            }
            int first = m.firstToken(), end = m.endToken();
            int sentenceStart = doc.sentences().get(doc.sentenceOf(first)).firstToken();
            while (first > sentenceStart && !tagged[first - 1] && demonym(tokens.get(first - 1))) first--;
            if (first > 0 && !tagged[first - 1] && UNIT_NUMBER.matcher(tokens.get(first - 1).word()).matches()
                    && UNITS.contains(tokens.get(end - 1).word())) first--;
            if (end - first > 1 && MEMBER_TITLE.matcher(tokens.get(end - 1).word()).matches()) end--;
            out.add(MentionSpans.withBounds(doc, m, first, end));
        }
        return out;
    }

    private static boolean demonym(Token t) {
        return t.pos() != null && t.pos().startsWith("NNP") && DEMONYM.matcher(t.word()).matches()
                && !EntityResolver.isNotName(t.word());
    }
}
