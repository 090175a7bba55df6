package org.newsgraph.index.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LegalForms;
import org.newsgraph.pipeline.CountryNames;

/**
 * Maps article-level entity keys to knowledge-base entities. Keys that are equal after normalisation are one entity;
 * a one-word person name ("Trump") joins the multi-word person name ending with that word ("Donald Trump") when
 * there is exactly one such name in the knowledge base, and stays on its own when there are several ("Donald Trump",
 * "Ivanka Trump"), because guessing would merge two people, unless the articles settle it. A short form, an acronym
 * ("UN") or a surname ("Trump"), joins the name that articles tied it to ("the United Nations (UN)": the article's
 * resolver made it a mention of that name) when at least two in three of the articles that tied it to a longer name
 * chose that one (for a surname, at least two articles). A one-word person's name that articles joined, as the first word, to an organisation's name ("Coastlink"
 * of "Coastlink Terminals") is evidence for that organisation in the same count: the tagger reads a company's short
 * name as a person where an article does not name the company in full; not for the surname of a person the
 * knowledge base names in full. Initials alone are not evidence ("CIA" would go to "California Institute of the Arts"). An
 * organisation's name with a legal form is the name without it when that is in the knowledge base too ("Apple Inc.",
 * "Apple"). The names of one country are one place ("United States of America", "U.S.", "America"). A surname
 * joins no full name whose gender the articles give otherwise than its own ("Mr Walsh", "Joan Walsh").
 *
 * <p>The mapping depends only on the set of keys, not on the order they arrived in, so rebuilding an index from the
 * same inputs gives the same ids. Keys of one name in several types have been through {@link TypeVote} first.
 */
public final class EntityResolver {

    private EntityResolver() {
    }

    /**
     * The canonical key of every given key.
     *
     * @param shortForms per short-form key (an acronym, a surname), the number of articles that joined it into each
     *                   longer key
     * @param genders    per person's key, the genders articles gave it ("MALE", "FEMALE"; keys with none left out)
     */
    public static Map<String, String> canonicalKeys(Set<String> keys,
                                                    Map<String, Map<String, Long>> shortForms,
                                                    Map<String, Set<String>> genders) {
        Map<String, String> fullNameBySurname = fullNameBySurname(keys);
        Map<String, String> countries = countryKeys(keys);
        Map<String, String> canonical = new HashMap<>(keys.size() * 2);
        for (String key : keys) {
            String country = countries.get(key);
            if (country != null) {
                canonical.put(key, country);
                continue;
            }
            String bare = withoutLegalForm(key);
            if (bare != null && keys.contains(bare)) {
                canonical.put(key, bare);
                continue;
            }
            String name = EntityNames.nameOf(key);
            String full = EntityNames.typeOf(key) == EntityType.PERSON && name.indexOf(' ') < 0
                    ? fullNameBySurname.get(name) : null;
            canonical.put(key, full == null || full.isEmpty() || otherGender(key, full, genders) ? key : full);
        }
        // targets are looked up before any acronym moves, so the result does not depend on the order of the map
        Map<String, String> byName = Map.copyOf(canonical);
        shortForms.forEach((shortForm, longer) -> {
            if (!byName.containsKey(shortForm)) return;
            // evidence for two spellings of one entity ("General Motors", "General Motors Corp.") adds up
            Map<String, Long> byEntity = new HashMap<>();
            longer.forEach((key, n) -> {
                if (byName.containsKey(key)) byEntity.merge(byName.get(key), n, Long::sum);
            });
            // one article is too little to take a surname two people share from both of them
            long least = EntityNames.typeOf(shortForm) == EntityType.PERSON ? 2 : 1;
            String target = dominant(byEntity, least);
            // a surname of someone the base names in full stays with people, as in the article ("Ford" beside
            // "Henry Ford" and "Ford Motor Company")
            boolean personsWord = EntityNames.typeOf(shortForm) == EntityType.PERSON
                    && fullNameBySurname.containsKey(EntityNames.nameOf(shortForm));
            if (target != null && !(personsWord && EntityNames.typeOf(target) != EntityType.PERSON)
                    && !otherGender(shortForm, target, genders)) {
                canonical.put(shortForm, target);
            }
        });
        // "ibm corp" -> "ibm" -> "international business machines": every key goes where its target went
        Map<String, String> moved = Map.copyOf(canonical);
        canonical.replaceAll((key, target) -> settled(moved, target));
        return canonical;
    }

    /**
     * The canonical key of every given key, after the keys that lost their name's type vote ({@link TypeVote}) have
     * joined the key that won it: the winner stands for them in every rule, with their short-form evidence and
     * genders, and they go where it goes.
     *
     * @param votes per key that lost a type vote, the key of its name that won
     */
    public static Map<String, String> canonicalKeys(Set<String> keys,
                                                    Map<String, Map<String, Long>> shortForms,
                                                    Map<String, Set<String>> genders,
                                                    Map<String, String> votes) {
        if (votes.isEmpty()) return canonicalKeys(keys, shortForms, genders);
        Set<String> winners = new HashSet<>(keys);
        winners.removeAll(votes.keySet());
        Map<String, Map<String, Long>> joinedShortForms = new HashMap<>();
        shortForms.forEach((shortForm, longer) -> longer.forEach((key, n) ->
                joinedShortForms.computeIfAbsent(votes.getOrDefault(shortForm, shortForm), k -> new HashMap<>())
                        .merge(votes.getOrDefault(key, key), n, Long::sum)));
        Map<String, Set<String>> joinedGenders = new HashMap<>();
        genders.forEach((key, g) ->
                joinedGenders.computeIfAbsent(votes.getOrDefault(key, key), k -> new HashSet<>()).addAll(g));
        Map<String, String> canonical = new HashMap<>(canonicalKeys(winners, joinedShortForms, joinedGenders));
        votes.forEach((loser, winner) -> {
            if (keys.contains(loser)) canonical.put(loser, canonical.getOrDefault(winner, winner));
        });
        return canonical;
    }

    /** The surnames of the people the keys name in full ("Donald Trump": "trump"). */
    static Set<String> surnamesOfFullNames(Set<String> keys) {
        return fullNameBySurname(keys).keySet();
    }

    /** Per surname, the one person's full name ending in it, or "" where several do. */
    private static Map<String, String> fullNameBySurname(Set<String> keys) {
        Map<String, String> fullNameBySurname = new HashMap<>();
        for (String key : keys) {
            String name = EntityNames.nameOf(key);
            int space = name.lastIndexOf(' ');
            if (EntityNames.typeOf(key) != EntityType.PERSON || space < 0) continue;
            // two different full names with one surname make the surname ambiguous: mark it with an empty value
            fullNameBySurname.merge(name.substring(space + 1), key, (a, b) -> a.equals(b) ? a : "");
        }
        return fullNameBySurname;
    }

    /**
     * The names of one country ({@link CountryNames}: "united states of america", "united states", "us", "america")
     * as places go to one key, spellings of its own name with and without "the" too ("republic of (the) congo"): the
     * country's own name in CoreNLP's list where articles use it ("united states", so
     * the entity keeps the id it had before its other names joined it), else the name with the most words (then the
     * least), so the choice depends only on the set of keys.
     */
    private static Map<String, String> countryKeys(Set<String> keys) {
        Map<String, String> target = new HashMap<>();
        Map<String, String> countryOfKey = new HashMap<>();
        for (String key : keys) {
            if (EntityNames.typeOf(key) != EntityType.LOCATION) continue;
            String country = CountryNames.keyOf(EntityNames.nameOf(key));
            if (country == null) continue;
            countryOfKey.put(key, country);
            target.merge(country, key, (a, b) -> preferred(a, b) ? a : b);
        }
        Map<String, String> out = new HashMap<>();
        countryOfKey.forEach((key, country) -> out.put(key, target.get(country)));
        return out;
    }

    private static boolean preferred(String a, String b) {
        boolean ownA = CountryNames.isOwnName(EntityNames.nameOf(a));
        boolean ownB = CountryNames.isOwnName(EntityNames.nameOf(b));
        if (ownA != ownB) return ownA;
        int wa = EntityNames.nameOf(a).split(" ").length, wb = EntityNames.nameOf(b).split(" ").length;
        return wa != wb ? wa > wb : a.compareTo(b) < 0;
    }

    /**
     * Whether articles gave a bare surname a gender that another full name's articles did not ("Mr Walsh" beside
     * "Joan Walsh"): the name is someone else's there, as in the article ({@code PersonEvidence}). A surname given
     * both genders is two people at least and joins no one who has a gender.
     */
    private static boolean otherGender(String surname, String fullName, Map<String, Set<String>> genders) {
        Set<String> of = genders.getOrDefault(surname, Set.of()), full = genders.getOrDefault(fullName, Set.of());
        return !of.isEmpty() && !full.isEmpty() && !full.containsAll(of);
    }

    /** Where following the mapping from {@code key} ends: at a key that maps to itself, or where a cycle closes. */
    private static String settled(Map<String, String> canonical, String key) {
        Set<String> seen = new HashSet<>();
        String at = key;
        while (seen.add(at)) {
            String next = canonical.getOrDefault(at, at);
            if (next.equals(at)) return at;
            at = next;
        }
        // a cycle, which conflicting evidence can make: its least key, the same whatever the order of the map
        String least = at;
        for (String c = canonical.get(at); !c.equals(at); c = canonical.get(c)) {
            if (c.compareTo(least) < 0) least = c;
        }
        return least;
    }

    /** An organisation's key without the legal form that ends it ("apple inc": "apple"), or null. */
    private static String withoutLegalForm(String key) {
        if (EntityNames.typeOf(key) != EntityType.ORGANIZATION) return null;
        int space = key.lastIndexOf(' ');
        return space > key.indexOf('|') + 1 && LegalForms.is(key.substring(space + 1)) ? key.substring(0, space) : null;
    }

    /** The key that at least two in three of the articles chose, and at least {@code least} of them, if any. */
    private static String dominant(Map<String, Long> articlesByKey, long least) {
        long all = articlesByKey.values().stream().mapToLong(Long::longValue).sum();
        for (Map.Entry<String, Long> e : articlesByKey.entrySet()) {
            if (3 * e.getValue() >= 2 * all && e.getValue() >= least) return e.getKey();
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
