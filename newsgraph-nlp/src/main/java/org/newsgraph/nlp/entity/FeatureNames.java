package org.newsgraph.nlp.entity;

import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A name the tagger read as an organisation that ends in the noun of a natural feature, a water or a way ("the Ayalon
 * Cave", "Lincoln Reservoir", "Nagle Place", "the Victoria Skating Rink"), or opens with the noun a camp, a fort or a
 * mountain is named by ("Camp Howe", "Fort Ward"), is that place: the tagger reads unknown names of several capitalised
 * words as bodies, but a body is not named by what it is not. Nouns that also end the names of businesses, bands and
 * bodies in news ("Park", "Beach", "House", "Front", "Field", "Tower", "Garden", "Station") decide nothing here; a
 * description in the article ("X is a band") still types the name ({@link ClassNouns}).
 */
final class FeatureNames {
    private static final Set<String> LAST = Set.of("Cave", "Caves", "Cavern", "Reservoir", "Lake", "River", "Creek",
            "Brook", "Mountain", "Mountains", "Hill", "Hills", "Valley", "Canyon", "Gorge", "Falls", "Glacier",
            "Forest", "Woods", "Pond", "Marsh", "Swamp", "Springs", "Peninsula", "Plateau", "Desert", "Island",
            "Islands", "Bay", "Gulf", "Strait", "Lagoon", "Street", "Road", "Avenue", "Boulevard", "Lane", "Place",
            "Square", "Bridge", "Rink", "Courthouse");
    private static final Set<String> FIRST = Set.of("Camp", "Fort", "Mount");

    private FeatureNames() {
    }

    static List<Mention> apply(NlpDocument doc, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean place = m.type() == EntityType.ORGANIZATION && m.endToken() - m.firstToken() >= 2
                    && (LAST.contains(tokens.get(m.endToken() - 1).word())
                    || m.endToken() - m.firstToken() == 2 && FIRST.contains(tokens.get(m.firstToken()).word()));
            out.add(place ? MentionSpans.of(doc, m.firstToken(), m.endToken(), EntityType.LOCATION) : m);
        }
        return out;
    }
}
