package org.newsgraph.nlp.entity;

import org.newsgraph.pipeline.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A generational suffix (Jr., Sr.) names another person than the same name without it: a son is named
 * after his father, so "Donald Trump", written out in full beside "Donald Trump Jr.", is the father, and no short
 * form of the son's name. A bare surname is no full name and may still join the one name that holds it. Roman numerals
 * stay out: they are as often regnal ("Pope John Paul II ... John Paul"), and the same person's. News also
 * writes the son's name without its suffix ("Harry Connick Jr. ... Harry Connick, who grew up in the city"), so the
 * split needs the article to show a second generation ({@link #shown}), or to give the short name an office of its own
 * ({@link #ownOffice}).
 */
final class Generations {
    private static final Set<String> SUFFIXES = Set.of("jr", "sr");
    /** Words that say the article is about two generations of a name (review26r item 2, fix26e). */
    private static final Set<String> KIN = Set.of("father", "son", "dad", "namesake", "elder", "younger");
    /** Suffixes of another generation than the one a name ends in. */
    private static final Set<String> OTHER_SUFFIXES = Set.of("jr", "sr", "iii", "iv");

    private Generations() {
    }

    /**
     * Whether a short form of two words or more (lower-case keys, without full stops) is the longer name word for word
     * without the generation that ends it, so that it names another holder of the name. A short form that also drops
     * a middle name is the same man's name shortened ("John Conyers" of "John James Conyers Jr."), as news writes a
     * formal name once and the usual one after.
     */
    static boolean anotherGeneration(List<String> shortWords, List<String> longWords) {
        if (shortWords.size() < 2 || longWords.size() != shortWords.size() + 1) return false;
        return SUFFIXES.contains(longWords.get(longWords.size() - 1))
                && longWords.subList(0, shortWords.size()).equals(shortWords);
    }

    /**
     * Whether the article shows a second holder of a name ending in {@code suffix}: another generation's suffix
     * anywhere in it ("Ken Griffey Sr." beside "Ken Griffey Jr.", "King III"), or father, son, dad, namesake, elder or
     * younger in a sentence that writes either name ("His father, Ken Griffey, watched").
     *
     * @param articleWords the article's words, lower-case keys
     * @param nearWords    the words of the sentences that write either name, lower-case keys
     */
    static boolean shown(String suffix, Set<String> articleWords, Set<String> nearWords) {
        for (String other : OTHER_SUFFIXES) {
            if (!other.equals(suffix) && articleWords.contains(other)) return true;
        }
        for (String k : KIN) if (nearWords.contains(k)) return true;
        return false;
    }

    /**
     * Whether the article gives the short full name an office it does not give the name with the suffix ("Former
     * president Donald Trump did not comment" beside "Donald Trump Jr. said"): the son written without his suffix is
     * the son written loosely, and news then gives him no title of another man (session 27, ents27). The same office
     * for both ("Gov. Tom Reed Jr. ... Governor Tom Reed") keeps them one.
     */
    static boolean ownOffice(Set<String> shortOffices, Set<String> longOffices) {
        Set<String> own = new java.util.HashSet<>(shortOffices);
        own.removeAll(FOR_LIFE);
        if (own.isEmpty()) return false;
        return longOffices.isEmpty() || PersonRoles.anotherOffice(own, longOffices);
    }

    /**
     * Titles of address a man keeps for life and is given with either form of his name ("Martin Luther King Jr. ...
     * the Rev. Martin Luther King"): no sign of another man.
     */
    private static final Set<String> FOR_LIFE = Set.of("reverend", "rabbi", "imam", "pastor", "sheikh", "ayatollah",
            "bishop", "archbishop", "cardinal", "professor");

    /**
     * Whether a mention from token {@code first} to {@code end} is named as kin of another: a kinship word right
     * before it ("His son, Frank Miller Jr.,", "his father John Doyle") or heading an apposition after it ("John Doyle,
     * his father,"). Such a one is named for the other's sake, who stays the article's subject.
     */
    static boolean namedAsKin(List<Token> tokens, int first, int end) {
        for (int t = first - 1; t >= Math.max(0, first - 2); t--) {
            String w = tokens.get(t).word().toLowerCase(Locale.ROOT);
            if (KIN.contains(w)) return true;
            if (!w.equals(",")) break;
        }
        if (end + 2 < tokens.size() && tokens.get(end).word().equals(",")) {
            for (int t = end + 1; t < Math.min(tokens.size(), end + 4); t++) {
                String w = tokens.get(t).word().toLowerCase(Locale.ROOT);
                if (KIN.contains(w)) return true;
                if (w.equals(",") || w.equals(".")) break;
            }
        }
        return false;
    }
}
