package org.newsgraph.nlp.entity;

import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A place's name followed by a capitalised plural is a team's or a company's name ("the Montreal Crystals", "the
 * Ottawa 67s", "Texas Instruments"): the plural names its members or its products, and the place where they are.
 * The tagger reads the place alone, or the whole as a place. The plural must close the name, and not be a
 * feature's plural that makes a place's name itself ("Florida Keys", "Falkland Islands", "United States"); where
 * the tagger read the whole as a place, the article must name the place on its own elsewhere.
 */
final class TeamNames {
    private static final Pattern NUMBER_PLURAL = Pattern.compile("\\d+s");
    private static final Set<String> PLACE_PLURALS = Set.of("Islands", "Isles", "Keys", "Cays", "Mountains",
            "Hills", "Falls", "Springs", "Heights", "Lakes", "Highlands", "Lowlands", "Plains", "Woods", "Fields",
            "Gardens", "Sands", "Downs", "Flats", "Narrows", "Glades", "Rapids", "Alps", "States", "Emirates",
            "Territories", "Provinces", "Indies", "Midlands", "Americas", "Lands", "Rocks", "Banks", "Docks",
            "Meadows", "Pines", "Oaks", "Palms", "Forks", "Shoals", "Marshes", "Valleys", "Waters", "Colonies");

    private TeamNames() {
    }

    static List<Mention> apply(NlpDocument doc, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        boolean[] covered = MentionSpans.covered(tokens.size(), mentions);
        Set<String> places = new HashSet<>();
        for (Mention m : mentions) if (m.type() == EntityType.LOCATION) places.add(m.text());
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int end = m.endToken();
            if (m.type() != EntityType.LOCATION) {
                out.add(m);
            } else if (end < tokens.size() && !covered[end] && isPlural(tokens.get(end)) && closes(tokens, end + 1)
                    && MentionSpans.sameSentence(doc, m.firstToken(), end)) {
                out.add(MentionSpans.of(doc, m.firstToken(), end + 1, EntityType.ORGANIZATION));
            } else if (end - m.firstToken() >= 2 && isPlural(tokens.get(end - 1)) && closes(tokens, end)
                    && places.contains(MentionSpans.of(doc, m.firstToken(), end - 1, m.type()).text())) {
                out.add(MentionSpans.of(doc, m.firstToken(), end, EntityType.ORGANIZATION));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** A capitalised plural noun that is no feature's plural, or a number's plural ("67s"). */
    private static boolean isPlural(Token t) {
        String w = t.word();
        if (NUMBER_PLURAL.matcher(w).matches()) return true;
        return ("NNS".equals(t.pos()) || "NNPS".equals(t.pos())) && Character.isUpperCase(w.charAt(0))
                && w.endsWith("s") && !PLACE_PLURALS.contains(w);
    }

    /** Whether no capitalised word or possessive goes on with the name at {@code t}. */
    private static boolean closes(List<Token> tokens, int t) {
        if (t >= tokens.size()) return true;
        String w = tokens.get(t).word();
        return !Character.isUpperCase(w.charAt(0)) && !w.equals("'s") && !Character.isDigit(w.charAt(0));
    }
}
