package org.newsgraph.nlp.entity;

import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Places named after their first owner: "Rankin's Mill", "Perley's Mills", "Martha's Vineyard", "Smith's Falls". The
 * tagger reads the owner as a person and leaves the head word out, so the place comes out as a person. A one-word
 * person, a possessive and a capitalised word that names a feature of the land or a way ("Mill", "Road", "Creek",
 * "Falls") that the tagger left untagged are one place.
 */
final class PossessivePlaces {
    private static final Set<String> POSSESSIVES = Set.of("'s", "’s");
    /** Head words of places named after people; a business's ("Inn", "Store") names an organisation. */
    private static final Set<String> HEADS = Set.of("Mill", "Mills", "Road", "Lane", "Street", "Bridge", "Hill",
            "Creek", "Brook", "Pond", "Lake", "Island", "Point", "Landing", "Corner", "Corners", "Crossing", "Ferry",
            "Falls", "Cove", "Wood", "Beach", "Harbour", "Harbor", "Valley", "Gap", "Ford", "Springs", "Wells", "Bay",
            "Vineyard", "Cross", "Square", "Gulch", "Meadow", "Knob", "Bluff");

    private PossessivePlaces() {
    }

    static List<Mention> apply(NlpDocument doc, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        boolean[] covered = MentionSpans.covered(tokens.size(), mentions);
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int head = m.endToken() + 1;
            boolean place = m.type() == EntityType.PERSON && m.endToken() - m.firstToken() == 1
                    && head < tokens.size() && POSSESSIVES.contains(tokens.get(m.endToken()).word())
                    && !covered[head] && HEADS.contains(tokens.get(head).word())
                    && doc.sentenceOf(head) == doc.sentenceOf(m.firstToken());
            out.add(place ? MentionSpans.of(doc, m.firstToken(), head + 1, EntityType.LOCATION) : m);
        }
        return out;
    }
}
