package org.newsgraph.nlp.entity;

import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "South Sudan", "North Macedonia": a point of the compass written as a proper noun right before a place, which the
 * tagger left out of it, is part of that place's name. News writes the part of a country in lower case ("southern
 * Sudan", "the south of Sudan"), so the capitalised word names another place, and without it "South Sudan and
 * Sudan" would be one country. The same holds for the words that name a region by its extent or height ("Greater
 * Poland", "Upper Austria", "Lower Saxony"): "greater London" is no name.
 */
final class CompassPlaces {
    private static final Set<String> POINTS = Set.of("North", "South", "East", "West", "Greater", "Upper", "Lower");

    private CompassPlaces() {
    }

    static List<Mention> apply(NlpDocument doc, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        boolean[] covered = MentionSpans.covered(tokens.size(), mentions);
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int before = m.firstToken() - 1;
            boolean point = before >= 0 && !covered[before] && POINTS.contains(tokens.get(before).word())
                    && "NNP".equals(tokens.get(before).pos());
            out.add(point && m.type() == EntityType.LOCATION ? MentionSpans.withBounds(doc, m, before, m.endToken())
                    : m);
        }
        return out;
    }
}
