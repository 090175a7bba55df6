package org.newsgraph.nlp.entity;

import java.util.List;
import java.util.Set;

/**
 * A name that ends in the common noun of a place's kind ("Bobby Morris Playfield", "Lincoln Park", "Dean Road") is
 * the place's, named after a person: a person's name does not end in such a noun unless it is a surname, and a
 * surname follows a given name ("Grace Park", "Ricki Lake"), which the check leaves a person's. Three words or more
 * ending so are a place whatever the first: a given name and a surname before the noun are whom the place honours.
 */
final class PlaceHeads {
    private static final Set<String> HEADS = Set.of("Park", "Playfield", "Playground", "Avenue", "Boulevard",
            "Road", "Square", "Reservoir", "Creek", "Lake", "Street", "Bridge", "Airport");

    private PlaceHeads() {
    }

    /**
     * Whether a name the tagger read as a person's is a place's for its last word; {@code readAsPlace} where the
     * tagger read another of its mentions as a place, which outweighs a given name's first word ("a parcel named
     * Lincoln Park ... the new Lincoln Park in West Seattle").
     */
    static boolean namesPlace(List<String> words, boolean readAsPlace) {
        if (words.size() < 2 || !HEADS.contains(words.get(words.size() - 1))) return false;
        return readAsPlace || words.size() >= 3 || !GivenNames.contains(words.get(0));
    }
}
