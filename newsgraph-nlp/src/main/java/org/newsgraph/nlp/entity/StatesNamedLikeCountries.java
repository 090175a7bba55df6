package org.newsgraph.nlp.entity;

import org.newsgraph.pipeline.CountryNames;
import org.newsgraph.pipeline.ModelLists;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * "Georgia" is a country in the Caucasus and a state of the United States, and news uses both without a word on
 * which it means; the knowledge base joins the names of one country across articles, so the state would be filed
 * under the country. An article that names another US state (CoreNLP's {@code dcoref/statesandprovinces}, the US
 * block: "Florida", "Alabama") and no country but the United States means the state: the entity is then named
 * "Georgia (U.S. state)", apart from the country. Anything else (Tbilisi, Russia or Armenia beside it, or no other
 * place at all) leaves the name as written, as before. Georgia is the one US state named like a sovereign country:
 * the other names both lists hold (Puerto Rico, Guam, American Samoa, the Virgin Islands) are US territories, one
 * place whichever list is read.
 */
final class StatesNamedLikeCountries {
    private static final String REGIONS = "edu/stanford/nlp/models/dcoref/statesandprovinces";
    /** The list's first full names are the US states and territories; its Canadian provinces start here. */
    private static final String AFTER_US = "british columbia";
    private static final Set<String> SHARED_WITH_A_COUNTRY = Set.of("georgia");
    private static final String QUALIFIER = " (U.S. state)";
    private static final Set<String> US_STATES = load();
    private static final String UNITED_STATES = CountryNames.keyOf("United States");

    private StatesNamedLikeCountries() {
    }

    /** The name a place of the article takes, given the names of all its places. */
    static String name(String place, Collection<String> places) {
        String key = place.toLowerCase(Locale.ROOT);
        if (!SHARED_WITH_A_COUNTRY.contains(key)) return place;
        boolean otherState = false;
        for (String other : places) {
            String o = other.toLowerCase(Locale.ROOT);
            if (o.equals(key)) continue;
            if (US_STATES.contains(o)) otherState = true;
            else if (CountryNames.isCountry(other) && !UNITED_STATES.equals(CountryNames.keyOf(other))) return place;
        }
        return otherState ? place + QUALIFIER : place;
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        for (String line : ModelLists.lines(REGIONS)) {
            String name = line.strip().toLowerCase(Locale.ROOT);
            if (name.equals(AFTER_US)) break;
            if (!name.isEmpty()) out.add(name);
        }
        return Set.copyOf(out);
    }
}
