package org.newsgraph.index;

import java.util.List;

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
 */
public record KbEntity(String id, String type, String name, List<String> aliases, long articles, long mentions,
                       String firstSeen, String lastSeen) {

    public KbEntity {
        aliases = List.copyOf(aliases);
    }
}
