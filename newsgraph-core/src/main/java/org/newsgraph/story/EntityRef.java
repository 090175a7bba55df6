package org.newsgraph.story;

import java.util.Locale;
import java.util.Objects;

/**
 * An entity as story clustering sees it: a key that is equal across articles, a display name, a type, and how often
 * the article mentions it.
 *
 * @param key      the matching key: the knowledge base's resolved id when there is one, else the lower-cased name
 * @param name     the name to show in labels
 * @param type     PERSON, ORGANIZATION, LOCATION, MISC or a finer type; null when unknown
 * @param mentions how many times the article mentions it (at least 1)
 */
public record EntityRef(String key, String name, String type, int mentions) {

    public EntityRef {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        if (mentions < 1) throw new IllegalArgumentException("mentions must be >= 1 for " + name);
    }

    /** An entity known only by its name: the key is the name with case and spacing normalised. */
    public static EntityRef byName(String name, String type, int mentions) {
        return new EntityRef(name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT), name.strip(), type,
                mentions);
    }
}
