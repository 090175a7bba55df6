package org.newsgraph.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a name-shaped piece printed beside a date without a "By" ("Jane Doe, 5 March 2026") may be its author.
 * By shape alone it may as well be the outlet ("Harbor Gazette, 5 March 2026") or a dateline's place ("New York,
 * 5 March 2026", "KYIV, 5 March 2026") or a stamp ("Last Reviewed"): a piece set in capitals, or with a word
 * outlets, places or stamps are made of, is not taken for a person.
 */
public final class UnmarkedBylines {

    /** Words of outlets' names: the kinds of paper, broadcaster and wire, and the words their titles are made of. */
    private static final Set<String> OUTLET_WORDS = Set.of("gazette", "times", "post", "herald", "courier", "daily",
            "weekly", "journal", "review", "monitor", "tribune", "chronicle", "observer", "ledger", "today", "express",
            "mail", "telegraph", "guardian", "independent", "star", "standard", "record", "bulletin", "press", "news",
            "radio", "tv", "television", "magazine", "digest", "insider", "report", "reporter", "wire", "agency",
            "service", "media", "network", "broadcasting", "online", "dispatch", "sentinel", "examiner", "inquirer",
            "gazeta", "zeitung", "nouvelles", "notizie", "noticias", "evening", "morning", "sunday", "weekend");
    /** Leading words of many places' names ("New York", "San Diego", "Port Said", "Saint Petersburg"). */
    private static final Set<String> PLACE_WORDS = Set.of("new", "san", "santa", "los", "las", "port", "fort",
            "saint", "st", "st.", "mount", "lake", "cape", "north", "south", "east", "west", "city", "hong", "kuala",
            "buenos", "rio", "tel", "abu", "addis");

    /** Words of the stamps printed beside dates ("Last Reviewed", "Updated On"), never a name's. */
    private static final Set<String> STAMP_WORDS = Set.of("last", "reviewed", "updated", "published", "posted",
            "modified", "edited", "created", "released", "date", "on", "at");

    private UnmarkedBylines() {
    }

    public static boolean mayBePerson(String name) {
        if (name.chars().noneMatch(Character::isLowerCase)) return false;
        for (String word : name.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (OUTLET_WORDS.contains(word) || PLACE_WORDS.contains(word) || STAMP_WORDS.contains(word)) return false;
        }
        return true;
    }
}
