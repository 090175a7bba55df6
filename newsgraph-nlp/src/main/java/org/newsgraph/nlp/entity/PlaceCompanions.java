package org.newsgraph.nlp.entity;

import org.newsgraph.pipeline.CountryNames;
import org.newsgraph.pipeline.Token;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Where a name stands beside a place as its like: joined to it by "and"/"or" after a preposition of place ("near
 * Ancaster and Grantham", "in Lviv and Dnipro") or at the other end of a route from it ("from Harrison to Bridgton
 * Junction", "marching from Poolesville to Sandy Hook, Maryland"). Words joined so are of one kind, and a route runs
 * between places; a person beside a place is written with what relates them ("Smith in Paris"). Not beside a
 * country, which a name stands beside as its leader ("a win for Iran and Assad"), nor in a list of any kind ("three
 * lions: Rambo, Katryn and Nakita").
 */
final class PlaceCompanions {
    private static final Set<String> JOINERS = Set.of("and", "or");
    /**
     * Prepositions that make a pair of names a pair of places: "near Ancaster and Grantham", "in Lviv and Dnipro".
     * Not those a pair of people takes as well ("talks between Merkel and Macron", "a letter to/from ..."), where
     * the tagger's place may be the other person misread.
     */
    private static final Set<String> LOCATIVES = Set.of("near", "in", "at", "into", "through", "via");

    private final List<Token> tokens;
    /** For each token index, whether a place's mention starts there, and the start of the place ending there. */
    private final boolean[] placeStarts;
    private final boolean[] longPlaceStarts;
    private final int[] placeStartEndingAt;

    /** {@code places} holds the places' {first token, end token}. */
    PlaceCompanions(List<Token> tokens, List<int[]> places) {
        this.tokens = tokens;
        placeStarts = new boolean[tokens.size() + 1];
        longPlaceStarts = new boolean[tokens.size() + 1];
        placeStartEndingAt = new int[tokens.size() + 1];
        Arrays.fill(placeStartEndingAt, -1);
        for (int[] p : places) {
            // a country beside a name is often its leader's or its regime's ("a win for Iran and Assad")
            StringBuilder name = new StringBuilder();
            for (int t = p[0]; t < p[1]; t++) name.append(t > p[0] ? " " : "").append(tokens.get(t).word());
            if (CountryNames.isCountry(name.toString())) continue;
            placeStarts[p[0]] = true;
            longPlaceStarts[p[0]] = p[1] - p[0] > 1;
            placeStartEndingAt[p[1]] = p[0];
        }
    }

    /**
     * Whether the name from token {@code first} to {@code end} is joined to a place or opens a route to one ("from
     * Harrison to Bridgton Junction"). A person's full name can stand so too ("a letter from Ann Lee to Paris").
     */
    boolean besidePlace(int first, int end) {
        String before = first > 0 ? tokens.get(first - 1).word() : "";
        String after = end < tokens.size() ? tokens.get(end).word() : "";
        boolean placeAfter = end + 1 < placeStarts.length && placeStarts[end + 1];
        if (JOINERS.contains(after) && placeAfter && first > 0 && LOCATIVES.contains(before)) return true;
        int pairStart = first > 0 && JOINERS.contains(before) ? placeStartEndingAt[first - 1] : -1;
        if (pairStart > 0 && LOCATIVES.contains(tokens.get(pairStart - 1).word())) return true;
        // a route's far end of one word may be a person the tagger misread ("a call from Merkel to Macron")
        return before.equals("from") && after.equals("to") && end + 1 < longPlaceStarts.length
                && longPlaceStarts[end + 1];
    }

    /**
     * Whether the name ends a route from a place and is itself qualified by a place ("from Poolesville to Sandy
     * Hook, Maryland"): the end of a route alone may be whom something is sent to ("a letter from Paris to Lee").
     */
    boolean qualifiedRouteEnd(int first, int end) {
        if (first < 1 || !tokens.get(first - 1).word().equals("to") || end + 1 >= placeStarts.length
                || !tokens.get(end).word().equals(",") || !placeStarts[end + 1]) return false;
        int placeStart = placeStartEndingAt[first - 1];
        return placeStart > 0 && tokens.get(placeStart - 1).word().equals("from");
    }
}
