package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One person, organisation, place or other named thing in an article, with all its mentions resolved to it.
 *
 * @param id       stable within the article (and, once resolved across the knowledge base, across articles)
 * @param name     the fullest proper form found in the article ("Kim Jong-un", not "Kim"), without titles or roles
 * @param mentions offsets of every mention in the article text
 * @param gender   for a person, "MALE" or "FEMALE" where the article says so (an honorific before a mention, "Mr
 *                 Walsh", or a given name the name list files under one gender, "Joan Walsh"), else null: the
 *                 knowledge base joins a bare surname to no full name of the other gender
 */
public record Entity(String id, String name, EntityType type, List<Span> mentions,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String gender) {

    public Entity {
        mentions = List.copyOf(mentions);
    }

    /** An entity the article says nothing of the gender of. */
    public Entity(String id, String name, EntityType type, List<Span> mentions) {
        this(id, name, type, mentions, null);
    }
}
