package org.newsgraph.nlp.entity;

import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A capitalised kind of administrative place before "of" and a place ("the City of Brampton", "the East Riding of
 * Yorkshire", "the Grand Duchy of Poznań") is one place's name: the kind alone names nothing, and the tagger keeps
 * only the place after "of". Where a name stands before the kind ("Palmaner Taluk of Chittoor District", "Kent
 * County of Delaware"), that place is already named and "of" says which larger place holds it: two places, however
 * the tagger joined them (not a state's form: "Islamic Republic of Iran"). Only a point of the compass or a rank
 * ("Grand", "Upper") may stand before the kind of a joined name; a lower-case kind ("the city of Paris") is a
 * description, not a name.
 */
final class PlacesOfPlaces {
    private static final Set<String> KINDS = Set.of("City", "County", "Province", "Kingdom", "Republic", "Duchy",
            "Principality", "Riding", "Borough", "Municipality", "Township", "District", "Region", "Prefecture",
            "Canton", "Emirate", "Territory", "Town", "Village", "Parish", "Governorate", "Oblast", "Voivodeship",
            "Commonwealth", "Taluk", "Tehsil", "Mandal", "Shire");
    private static final Set<String> MODIFIERS = Set.of("North", "South", "East", "West", "Northern", "Southern",
            "Eastern", "Western", "Central", "Grand", "Great", "Greater", "Upper", "Lower", "Royal", "Federal",
            "Autonomous", "Free", "United");
    /** Kinds a state takes, whose words before the kind are its form of government ("Islamic Republic of Iran"). */
    private static final Set<String> STATES = Set.of("Kingdom", "Republic", "Duchy", "Principality", "Emirate",
            "Commonwealth");

    private PlacesOfPlaces() {
    }

    static List<Mention> apply(NlpDocument doc, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        for (Mention m : mentions) {
            if (m.type() != EntityType.LOCATION) continue;
            int first = joinedStart(doc, out, m);
            if (first >= 0) {
                out.removeIf(o -> o.firstToken() >= first && o.endToken() <= m.endToken());
                out.add(MentionSpans.of(doc, first, m.endToken(), EntityType.LOCATION));
                continue;
            }
            int of = splitAt(doc.tokens(), m);
            if (of >= 0) {
                out.remove(m);
                out.add(MentionSpans.of(doc, m.firstToken(), of, EntityType.LOCATION));
                out.add(MentionSpans.of(doc, of + 1, m.endToken(), EntityType.LOCATION));
            }
        }
        out.sort(Comparator.comparingInt(Mention::firstToken));
        return out;
    }

    /**
     * The first token of "[modifiers] Kind of [the]" right before the place {@code m}, or -1. The words before the
     * place may hold only mentions of a place or a miscellaneous name (the tagger's "Grand Duchy" as MISC).
     */
    private static int joinedStart(NlpDocument doc, List<Mention> mentions, Mention m) {
        List<Token> tokens = doc.tokens();
        int start = MentionSpans.sentenceStart(doc, m.firstToken());
        int of = m.firstToken() - 1;
        if (of > start && tokens.get(of).word().equals("the")) of--;
        if (of <= start || !tokens.get(of).word().equals("of") || !KINDS.contains(tokens.get(of - 1).word())) {
            return -1;
        }
        int first = of - 1;
        while (first > start && MODIFIERS.contains(tokens.get(first - 1).word())) first--;
        // "Kansas City of ...", "Chittoor District of ...": a name before the kind makes it a part, not a name
        if (first > start && OrganisationNames.properNoun(tokens.get(first - 1))
                && !tokens.get(first - 1).word().equals("The")) return -1;
        for (Mention o : mentions) {
            if (o == m || o.endToken() <= first || o.firstToken() >= m.firstToken()) continue;
            boolean inside = o.firstToken() >= first && o.endToken() <= of;
            if (!inside || o.type() == EntityType.PERSON || o.type() == EntityType.ORGANIZATION) return -1;
        }
        return first;
    }

    /**
     * The "of" inside the tagger's place "Name Kind of Place" where a name opens the part before it, or -1: the
     * part is a place named on its own. A kind that opens the name ("Bay of Bengal") or follows only a modifier
     * ("North Shore of Oahu", "East Riding of Yorkshire") is no such part.
     */
    private static int splitAt(List<Token> tokens, Mention m) {
        for (int of = m.firstToken() + 2; of < m.endToken() - 1; of++) {
            String kind = tokens.get(of - 1).word();
            if (!tokens.get(of).word().equals("of") || !KINDS.contains(kind) || STATES.contains(kind)) continue;
            boolean named = false;
            for (int t = m.firstToken(); t < of - 1; t++) {
                if (!OrganisationNames.properNoun(tokens.get(t))) return -1;
                named |= !MODIFIERS.contains(tokens.get(t).word());
            }
            if (named && OrganisationNames.properNoun(tokens.get(of + 1))) return of;
        }
        return -1;
    }
}
