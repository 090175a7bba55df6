package org.newsgraph.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entity across the knowledge base: every article-level entity whose name resolves to it.
 *
 * @param id        stable id: a hash of the type and the canonical normalised name
 * @param name      the most used spelling of the canonical name
 * @param aliases   every spelling seen, most used first
 * @param articles  how many articles mention it
 * @param mentions  how many mentions those articles hold in all
 * @param firstSeen ISO date of the earliest dated article mentioning it, or null
 * @param lastSeen  ISO date of the latest one, or null
 * @param alsoTyped per other type articles gave the name ("ORGANIZATION" for a place some articles read as one), the
 *                  articles that typed it so (an article typing it so under two of its names counts twice); left out
 *                  of JSON when empty
 */
public record KbEntity(String id, String type, String name, List<String> aliases, long articles, long mentions,
                       String firstSeen, String lastSeen,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Long> alsoTyped) {

    public KbEntity {
        aliases = List.copyOf(aliases);
        // absent from JSON written before, and wherever no article typed it otherwise
        alsoTyped = alsoTyped == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(alsoTyped));
    }
}
