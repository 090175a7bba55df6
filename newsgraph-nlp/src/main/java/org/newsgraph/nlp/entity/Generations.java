package org.newsgraph.nlp.entity;

import java.util.List;
import java.util.Set;

/**
 * A generational suffix (Jr., Sr.) names another person than the same name without it: a son is named
 * after his father, so "Donald Trump", written out in full beside "Donald Trump Jr.", is the father, and no short
 * form of the son's name. A bare surname is no full name and may still join the one name that holds it. Roman numerals
 * stay out: they are as often regnal ("Pope John Paul II ... John Paul"), and the same person's.
 */
final class Generations {
    private static final Set<String> SUFFIXES = Set.of("jr", "sr");

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
}
