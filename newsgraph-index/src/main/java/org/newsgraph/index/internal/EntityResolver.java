package org.newsgraph.index.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.newsgraph.model.EntityType;

/**
 * Maps article-level entity keys to knowledge-base entities. Keys that are equal after normalisation are one entity;
 * a one-word person name ("Trump") joins the multi-word person name ending with that word ("Donald Trump") when
 * there is exactly one such name in the knowledge base, and stays on its own when there are several ("Donald Trump",
 * "Ivanka Trump"), because guessing would merge two people, unless the articles settle it. A short form, an acronym
 * ("UN") or a surname ("Trump"), joins the name that articles tied it to ("the United Nations (UN)": the article's
 * resolver made it a mention of that name) when at least two in three of the articles that tied it to a longer name
 * chose that one. Initials alone are not evidence ("CIA" would go to "California Institute of the Arts").
 *
 * <p>The mapping depends only on the set of keys, not on the order they arrived in, so rebuilding an index from the
 * same inputs gives the same ids.
 */
public final class EntityResolver {

    private EntityResolver() {
    }

    /**
     * The canonical key of every given key.
     *
     * @param shortForms per acronym key, the number of articles that joined it into each longer key
     */
    public static Map<String, String> canonicalKeys(Collection<String> keys,
                                                    Map<String, Map<String, Long>> shortForms) {
        Map<String, String> fullNameBySurname = new HashMap<>();
        for (String key : keys) {
            String name = EntityNames.nameOf(key);
            int space = name.lastIndexOf(' ');
            if (EntityNames.typeOf(key) != EntityType.PERSON || space < 0) continue;
            // two different full names with one surname make the surname ambiguous: mark it with an empty value
            fullNameBySurname.merge(name.substring(space + 1), key, (a, b) -> a.equals(b) ? a : "");
        }
        Map<String, String> canonical = new HashMap<>(keys.size() * 2);
        for (String key : keys) {
            String name = EntityNames.nameOf(key);
            String full = EntityNames.typeOf(key) == EntityType.PERSON && name.indexOf(' ') < 0
                    ? fullNameBySurname.get(name) : null;
            canonical.put(key, full == null || full.isEmpty() ? key : full);
        }
        // targets are looked up before any acronym moves, so the result does not depend on the order of the map
        Map<String, String> byName = Map.copyOf(canonical);
        shortForms.forEach((acronym, longer) -> {
            String target = dominant(longer);
            if (target != null && byName.containsKey(acronym) && byName.containsKey(target)) {
                canonical.put(acronym, byName.get(target));
            }
        });
        return canonical;
    }

    /** The key that at least two in three of the articles chose, if there is one. */
    private static String dominant(Map<String, Long> articlesByKey) {
        long all = articlesByKey.values().stream().mapToLong(Long::longValue).sum();
        for (Map.Entry<String, Long> e : articlesByKey.entrySet()) {
            if (3 * e.getValue() >= 2 * all) return e.getKey();
        }
        return null;
    }

    /** The stable knowledge-base id of a canonical key: a hash of its type and normalised name. */
    public static String idOf(String canonicalKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonicalKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
