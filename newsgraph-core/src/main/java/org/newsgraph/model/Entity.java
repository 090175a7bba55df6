package org.newsgraph.model;

import java.util.List;

/**
 * One person, organisation, place or other named thing in an article, with all its mentions resolved to it.
 *
 * @param id       stable within the article (and, once resolved across the knowledge base, across articles)
 * @param name     the fullest proper form found in the article ("Kim Jong-un", not "Kim"), without titles or roles
 * @param mentions offsets of every mention in the article text
 */
public record Entity(String id, String name, EntityType type, List<Span> mentions) {

    public Entity {
        mentions = List.copyOf(mentions);
    }
}
