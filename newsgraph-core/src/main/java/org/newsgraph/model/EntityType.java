package org.newsgraph.model;

/** Coarse entity types shared by every NLP backend; finer types may be added later. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, MISC
}
