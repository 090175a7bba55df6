package org.newsgraph.nlp.entity;

import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A list of three or more names that the article gives as places ("the towns of Beni, Butembo, Mangina and Katwa",
 * "appliances from Dolgellau, Harlech, Barmouth and Bala") is a list of places, and a one-word name in it the tagger
 * read as a person ("Harlech", "Mangina") is a place too: lists are of one kind. The article gives the list as
 * places by a place's plural noun just before it ("towns", "villages") or a preposition of place opening it, and by
 * a place the tagger found among the items. Not a list holding a person's full name ("from Ann Lee, Bala and
 * Paris"), nor an item that is a word of a person's full name in the article, nor a list with no place the tagger
 * found ("his daughters Nadine, Ashley and Toni").
 * <p>
 * A place opening the list may be the scene of what the rest do, not one of them: "At a rally in Detroit, Harris,
 * Walz and Obama urged", "Leaders from Canada, Trudeau, Biden and Sheinbaum met". So one tagged place that is the
 * list's first item makes no place list, even after a place noun ("the states of Ohio, Vance, Ryan and Brown"); a
 * preposition alone makes one only when its own object, the first item, is a tagged place and so is another item
 * ("from Dolgellau, Harlech, Barmouth and Bala"): "came from Vinicius, Rodrygo and Bellingham" is from people,
 * whatever the tagger made of the others. A place noun with one tagged place further in ("the towns of Beni,
 * Butembo, Mangina and Katwa") still makes the list.
 */
final class PlaceLists {
    private static final Set<String> PLACE_NOUNS = Set.of("towns", "cities", "villages", "municipalities",
            "communities", "districts", "provinces", "regions", "counties", "suburbs", "islands", "states",
            "countries", "places", "locations", "settlements", "parishes", "boroughs", "areas", "capitals");
    private static final Set<String> PREPOSITIONS = Set.of("in", "from", "near", "at");
    /** How far before the list its place noun may stand ("the towns damaged were primarily A, B ..."). */
    private static final int NOUN_WINDOW = 6;

    private PlaceLists() {
    }

    static List<Mention> apply(NlpDocument doc, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        Set<String> personWords = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.endToken() - m.firstToken() > 1) {
                for (int t = m.firstToken(); t < m.endToken(); t++) personWords.add(tokens.get(t).word());
            }
        }
        List<Mention> out = new ArrayList<>(mentions);
        int i = 0;
        while (i < mentions.size()) {
            int end = listEnd(doc, mentions, i);
            if (end - i >= 3 && isPlaceList(doc, mentions, i, end)) {
                for (int k = i; k < end; k++) {
                    Mention m = mentions.get(k);
                    if (m.type() == EntityType.PERSON && m.endToken() - m.firstToken() == 1
                            && !personWords.contains(m.text())) {
                        out.set(k, MentionSpans.of(doc, m.firstToken(), m.endToken(), EntityType.LOCATION));
                    }
                }
            }
            i = Math.max(end, i + 1);
        }
        return out;
    }

    /**
     * The index after the last mention of the list that mention {@code i} opens: mentions separated by a comma, the
     * last by "and" or "or" with an optional comma before it, all in one sentence.
     */
    private static int listEnd(NlpDocument doc, List<Mention> mentions, int i) {
        List<Token> tokens = doc.tokens();
        int k = i;
        while (k + 1 < mentions.size()) {
            Mention a = mentions.get(k), b = mentions.get(k + 1);
            if (!MentionSpans.sameSentence(doc, a.firstToken(), b.firstToken())) break;
            int gap = b.firstToken() - a.endToken();
            String g0 = gap >= 1 ? tokens.get(a.endToken()).word() : "";
            String g1 = gap == 2 ? tokens.get(a.endToken() + 1).word() : "";
            boolean comma = gap == 1 && g0.equals(",");
            boolean last = gap == 1 && (g0.equals("and") || g0.equals("or"))
                    || gap == 2 && g0.equals(",") && (g1.equals("and") || g1.equals("or"));
            if (!comma && !last) break;
            k++;
            if (last) break;
        }
        return k + 1;
    }

    private static boolean isPlaceList(NlpDocument doc, List<Mention> mentions, int i, int end) {
        int places = 0;
        for (int k = i; k < end; k++) {
            Mention m = mentions.get(k);
            if (m.type() == EntityType.PERSON && m.endToken() - m.firstToken() > 1) return false;
            if (m.type() == EntityType.LOCATION) places++;
        }
        boolean firstPlace = mentions.get(i).type() == EntityType.LOCATION;
        if (places == 0 || places == 1 && firstPlace) return false;
        List<Token> tokens = doc.tokens();
        int first = mentions.get(i).firstToken();
        int sentenceStart = MentionSpans.sentenceStart(doc, first);
        for (int t = first - 1; t >= sentenceStart && t >= first - NOUN_WINDOW; t--) {
            if (PLACE_NOUNS.contains(tokens.get(t).word())) return true;
        }
        return firstPlace && first > sentenceStart && PREPOSITIONS.contains(tokens.get(first - 1).word());
    }
}
