package org.newsgraph.nlp.entity;

import org.newsgraph.model.EntityType;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.CountryNames;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.ModelLists;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Places the article puts inside a state or province (CoreNLP's list) by writing them "Holland, Michigan": such a
 * place is not the country its name may also name, so it takes no part in joining a country's names. A list of
 * places ("Mexico, Texas and Ohio") qualifies nothing. A name glued to a place by a hyphen is mostly a route or a
 * conflict ("Singapore-Sydney flights", "the Israel-Gaza war"), not a place inside another ("Congo-Brazzaville"), so
 * it is left alone.
 */
final class QualifiedPlaces {
    private static final String REGIONS = "edu/stanford/nlp/models/dcoref/statesandprovinces";
    private static final Set<String> REGION_NAMES = load();
    private static final Set<String> LIST_WORDS = Set.of("and", "or", "&");

    private QualifiedPlaces() {
    }

    /** Per start offset of a qualified place's mention, the span of the place with its qualifier. */
    static Map<Integer, Span> find(NlpDocument doc, List<Mention> mentions) {
        Map<Integer, Mention> byFirstToken = new HashMap<>();
        Set<Integer> placeEnds = new HashSet<>();
        for (Mention m : mentions) {
            byFirstToken.put(m.firstToken(), m);
            if (m.type() == EntityType.LOCATION) placeEnds.add(m.endToken());
        }
        List<Token> tokens = doc.tokens();
        Map<Integer, Span> out = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() != EntityType.LOCATION || m.endToken() + 1 >= tokens.size()) continue;
            Token after = tokens.get(m.endToken());
            Mention next = byFirstToken.get(m.endToken() + 1);
            if (next == null || next.type() != EntityType.LOCATION) continue;
            if (after.word().equals(",") && isRegion(next.text()) && !inList(tokens, byFirstToken, placeEnds, m, next)) {
                out.put(m.span().start(), new Span(m.span().start(), next.span().end()));
            }
        }
        return out;
    }

    /** A state or province of CoreNLP's list that is no country's name ("Georgia" is both). */
    private static boolean isRegion(String name) {
        return REGION_NAMES.contains(name.toLowerCase(Locale.ROOT)) && !CountryNames.isCountry(name);
    }

    /**
     * Whether "A, B" is part of a list of places: a place and a comma before A, or after B "and", "or" or a comma
     * followed by one of them or by another place.
     */
    private static boolean inList(List<Token> tokens, Map<Integer, Mention> byFirstToken, Set<Integer> placeEnds,
                                  Mention a, Mention b) {
        int before = a.firstToken() - 1;
        if (before > 0 && tokens.get(before).word().equals(",") && placeEnds.contains(before)) return true;
        int t = b.endToken();
        if (t < tokens.size() && LIST_WORDS.contains(tokens.get(t).word())) return true;
        if (t + 1 >= tokens.size() || !tokens.get(t).word().equals(",")) return false;
        return LIST_WORDS.contains(tokens.get(t + 1).word()) || byFirstToken.containsKey(t + 1);
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        for (String line : ModelLists.lines(REGIONS)) {
            if (!line.isBlank()) out.add(line.strip().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }
}
