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
 * Places the article tells apart from the country their name may also name, by the way it writes them: inside a
 * state or province (CoreNLP's list), "Holland, Michigan", or by their capital, "Congo-Brazzaville". Such a place
 * takes no part in joining a country's names. A list of places ("Mexico, Texas and Ohio") qualifies nothing.
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
            boolean inRegion = after.word().equals(",") && isRegion(next.text()) && endsItsPhrase(tokens, next)
                    && !inList(tokens, byFirstToken, placeEnds, m, next);
            if (inRegion || byCapital(tokens, m, after, next)) {
                out.put(m.span().start(), new Span(m.span().start(), next.span().end()));
            }
        }
        return out;
    }

    /**
     * "Congo-Brazzaville held a vote", "Guinea-Conakry's president": a country's name glued by a hyphen to a place that
     * is no country, the pair used as a name. Before a noun the pair is a modifier, mostly a route or a conflict
     * between the two ("the Singapore-Sydney route", "the Israel-Gaza war"), and two countries glued together ("the
     * US-China talks") are two places.
     */
    private static boolean byCapital(List<Token> tokens, Mention m, Token hyphen, Mention next) {
        if (!hyphen.word().equals("-") || hyphen.start() != m.span().end() || hyphen.end() != next.span().start()
                || !CountryNames.isCountry(m.text()) || CountryNames.isCountry(next.text())) return false;
        String after = next.endToken() < tokens.size() ? tokens.get(next.endToken()).pos() : null;
        return after == null || !(after.startsWith("NN") || after.startsWith("JJ"));
    }

    /**
     * Whether the region closes its phrase, as a qualifier does ("Holland, Michigan, voted", "in Holland, Michigan
     * on Friday"); a region that goes on into a noun, a possessive or a verb starts a clause of its own after a
     * country ("from Mexico, Texas officials said", "exports to Canada, Alberta's premier said", "an attack by China,
     * Washington said").
     */
    static boolean endsItsPhrase(List<Token> tokens, Mention region) {
        if (region.endToken() >= tokens.size()) return true;
        String pos = tokens.get(region.endToken()).pos();
        return pos == null || !(pos.startsWith("NN") || pos.startsWith("VB") || pos.equals("MD") || pos.equals("POS")
                || pos.startsWith("JJ"));
    }

    /** A state or province of CoreNLP's list that is no country's name ("Georgia" is both). */
    static boolean isRegion(String name) {
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
