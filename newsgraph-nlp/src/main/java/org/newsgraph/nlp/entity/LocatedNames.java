package org.newsgraph.nlp.entity;

import org.newsgraph.events.CountryPlaces;
import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.CountryNames;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A coast's or a range's name followed by "of" and a place ("the Southern Alps of New Zealand", "the Eastern Alps of
 * Austria") is two names, which the tagger reads as one: the first is whole on its own, a name and the noun of what
 * it is, and "of" says where it is. Not a kind alone before "of" ("the Isle of Man", "the Gulf of Mexico"), nor
 * what follows "of" where it is no place the article or the lists know ("the North Shore of Veltra"). Bodies are
 * left alone here: "of" and a place are often part of a body's own name, a branch's or a chapter's ("Ford Motor
 * Company of Canada", "the Rotary Club of Chicago", "the Bank of England"); where the tagger itself read the body
 * and the place apart, {@link OrganisationNames} keeps them apart.
 */
final class LocatedNames {
    /** Heads that end the name of a stretch of land or water by themselves. */
    private static final Set<String> STRETCHES = Set.of("Shore", "Coast", "Alps", "Mountains", "Hills",
            "Highlands", "Islands", "Lakes", "Range");

    private LocatedNames() {
    }

    static List<Mention> apply(NlpDocument doc, List<Mention> mentions) {
        Set<String> places = new HashSet<>();
        for (Mention m : mentions) if (m.type() == EntityType.LOCATION) places.add(m.text());
        for (Mention m : doc.mentions()) if (m.type() == EntityType.LOCATION) places.add(m.text());
        List<Mention> out = new ArrayList<>(mentions.size());
        boolean changed = false;
        for (Mention m : mentions) {
            int of = splitAt(doc, m, places);
            if (of < 0) {
                out.add(m);
                continue;
            }
            out.add(MentionSpans.of(doc, m.firstToken(), of, m.type()));
            out.add(MentionSpans.of(doc, of + 1, m.endToken(), EntityType.LOCATION));
            changed = true;
        }
        if (!changed) return mentions;
        out.sort(Comparator.comparingInt(Mention::firstToken));
        return out;
    }

    /** The "of" that parts {@code m} into a name and its place, or -1. */
    private static int splitAt(NlpDocument doc, Mention m, Set<String> places) {
        List<Token> tokens = doc.tokens();
        int of = -1;
        for (int t = m.firstToken(); t < m.endToken(); t++) {
            if (tokens.get(t).word().equals("of")) {
                of = t;
                break;
            }
        }
        if (of < m.firstToken() + 2 || of + 1 >= m.endToken() || m.type() != EntityType.LOCATION
                || !STRETCHES.contains(tokens.get(of - 1).word())) return -1;
        for (int t = of + 1; t < m.endToken(); t++) {
            String w = tokens.get(t).word();
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return -1;
        }
        String place = doc.text().substring(tokens.get(of + 1).start(), tokens.get(m.endToken() - 1).end());
        return places.contains(place) || CountryNames.isCountry(place) || QualifiedPlaces.isRegion(place)
                || CountryPlaces.contains(place) ? of : -1;
    }
}
