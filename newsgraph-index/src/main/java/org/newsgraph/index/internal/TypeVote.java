package org.newsgraph.index.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.CountryNames;

/**
 * One type per name across the knowledge base. Each article's resolver gives a name one type, but articles disagree
 * ("White House" a place in some, an organisation in others), and keys are {@code TYPE|name}, so the base held one
 * entity per type. Keys of one name in several types are one entity typed as most of their mentions are (then as
 * most articles have it, then in {@link EntityType}'s order: an organisation before a place, MISC, the catch-all,
 * last), except where the articles give reason to keep them apart:
 * <ul>
 *   <li>keys an article holds side by side: its resolver kept them apart on evidence ("King Abdullah of Jordan"
 *   beside "Michael Jordan ... Jordan said"), so they are left out of the vote;</li>
 *   <li>a person's key never takes the other types' mentions: people's names are also the names of places, bodies
 *   and products named after them ("Darwin" the city, "Lincoln Center"), and the tagger's reading of those as a
 *   person is no reason to call the place a person;</li>
 *   <li>a place and an organisation of one word that is no country's name stay apart: a town and its club
 *   ("Liverpool", "Chelsea"); so do a place some article describes as a settlement ("Forest Green, a village in
 *   Surrey", "residents of Forest Green": {@link SettlementCues}) and an organisation of its name, whatever its
 *   words; the one of them fewer mentions carry stays on its own, and a MISC or a person's key of the name joins
 *   the winner;</li>
 *   <li>a person's key joins the other types' entity only when no article gave evidence that it is a person: no
 *   gender (an honorific, a given name, or a "he"/"she" pointing back at it), no article that joined it as the
 *   surname of a person named in full, no person in the base named in full with it as surname; and never a
 *   country's name ("Jordan", "Chad"): a person spelled like a country is too common to be the tagger's slip.</li>
 * </ul>
 * The vote depends only on the keys and their counts, so an index rebuilt from the same articles votes the same, and
 * a later article can turn it.
 */
public final class TypeVote {

    private TypeVote() {
    }

    /**
     * Per key that lost a vote, the key of its name it joins.
     *
     * @param mentions   per key, its mentions across the base
     * @param articles   per key, the articles naming it
     * @param apart      keys an article holds beside a key of the same name in another type
     * @param shortForms per short-form key, the articles that joined it into each longer key ({@link EntityResolver})
     * @param genders    per person's key, the genders articles gave it
     * @param settled    places' keys some article described as a settlement ({@link SettlementCues})
     */
    public static Map<String, String> losers(Map<String, Long> mentions, Map<String, Long> articles, Set<String> apart,
                                             Map<String, Map<String, Long>> shortForms,
                                             Map<String, Set<String>> genders, Set<String> settled) {
        Map<String, List<String>> byName = new HashMap<>();
        for (String key : mentions.keySet()) {
            if (!apart.contains(key)) byName.computeIfAbsent(EntityNames.nameOf(key), n -> new ArrayList<>()).add(key);
        }
        Set<String> surnames = EntityResolver.surnamesOfFullNames(mentions.keySet());
        Comparator<String> order = Comparator.<String>comparingLong(k -> -mentions.getOrDefault(k, 0L))
                .thenComparingLong(k -> -articles.getOrDefault(k, 0L))
                .thenComparing(EntityNames::typeOf);
        Map<String, String> out = new HashMap<>();
        byName.forEach((name, keys) -> {
            if (keys.size() < 2) return;
            String person = EntityType.PERSON + "|" + name;
            if (keys.contains(person) && (CountryNames.isCountry(name) || genders.containsKey(person)
                    || surnames.contains(name) || joinedToPerson(shortForms.get(person)))) {
                keys.remove(person);
            }
            List<String> voters = keys.stream().filter(k -> !k.equals(person)).sorted(order).toList();
            if (voters.isEmpty()) return;
            String winner = voters.get(0);
            String namedAfter = placeOrBodyApart(name, keys, order, settled);
            for (String key : keys) if (!key.equals(winner) && !key.equals(namedAfter)) out.put(key, winner);
        });
        return out;
    }

    /**
     * Where a place of one word and an organisation of that word are a town and its club, or a place and the company
     * named after it ("Liverpool beat Chelsea" beside "the mayor of Liverpool"), the one of the two keys that stays
     * apart: the one fewer mentions carry, whichever type wins; null where they may be one: a country's name (its
     * government, its national team) or a name of several words, where the organisation is the place's institution
     * ("White House", "Kennedy Space Center"), unless an article described the place as a settlement.
     */
    private static String placeOrBodyApart(String name, List<String> keys, Comparator<String> order,
                                           Set<String> settled) {
        String place = EntityType.LOCATION + "|" + name, body = EntityType.ORGANIZATION + "|" + name;
        if (!keys.contains(place) || !keys.contains(body)) return null;
        boolean townAndClub = name.indexOf(' ') < 0 && !CountryNames.isCountry(name);
        if (!townAndClub && !settled.contains(place)) return null;
        return order.compare(place, body) < 0 ? body : place;
    }

    private static boolean joinedToPerson(Map<String, Long> longer) {
        return longer != null && longer.keySet().stream().anyMatch(k -> EntityNames.typeOf(k) == EntityType.PERSON);
    }
}
