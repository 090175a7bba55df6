package org.newsgraph.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.EventActor;

/**
 * The domestic convention's last resort: an actor that neither the event's place nor its counterpart gives a
 * country ("the main rebel group", "the ministry") takes the state most of the article's places name. Only places
 * count (LOCATION entities resolving to a country or its capital: "Burundi", "Nairobi"): a person's dictionary
 * nationality ("Kim Jong-un") or a company's says nothing about where the article's unnamed actors are. A state the
 * actor's sentence names without any link to it does not count either ("Police arrested a man who had returned from
 * Syria" in a British article: the police are British). Computed once per article, and only when some actor needs it.
 */
final class NamedStates {

    /** A majority of one mention is one mention: it may be the place of a side remark. */
    private static final int MIN_MENTIONS = 2;

    private final List<Entity> entities;
    private final ActorResolver resolver;
    private final LocalDate day;
    private String majority;
    private Set<String> persons;

    NamedStates(List<Entity> entities, ActorResolver resolver, LocalDate day) {
        this.entities = entities;
        this.resolver = resolver;
        this.day = day;
    }

    /**
     * The actors with the article's majority state filled where they have no country, only those whose phrase says
     * what kind of domestic agent they are (a sector: "the ministry", "police in Carlisle", "the Interior Ministry")
     * and that are no person. A person the dictionaries do not know ("Heinrich Baumgart") may be a foreigner, and a
     * phrase without a sector ("Europe", "Macintosh computers") says nothing that ties it to the article's state: an
     * uncoded actor is better than a wrongly coded one. On the demo corpus, filling every actor without a country
     * was right in only 12 of 20 sampled fills.
     */
    List<EventActor> fill(List<EventActor> actors) {
        if (persons == null) resolve();
        if (majority == null) return actors;
        List<EventActor> out = null;
        for (int i = 0; i < actors.size(); i++) {
            EventActor a = actors.get(i);
            if (a.country() != null || a.organization() != null || a.sector() == null) continue;
            if (a.entity() != null && persons.contains(a.entity())) continue;
            if (out == null) out = new ArrayList<>(actors);
            out.set(i, DomesticCountry.withCountry(a, majority));
        }
        return out == null ? actors : out;
    }

    private void resolve() {
        persons = new HashSet<>();
        Map<String, Integer> mentions = new HashMap<>();
        int total = 0;
        for (Entity e : entities) {
            if (e.type() == EntityType.PERSON) persons.add(e.id());
            if (e.type() != EntityType.LOCATION) continue;
            String country = resolver.resolve(e.name(), day).country();
            if (country == null || ActorCode.INTERNATIONAL.contains(country)) continue;
            mentions.merge(country, e.mentions().size(), Integer::sum);
            total += e.mentions().size();
        }
        for (Map.Entry<String, Integer> e : mentions.entrySet()) {
            if (e.getValue() >= MIN_MENTIONS && 2 * e.getValue() > total) majority = e.getKey();
        }
    }
}
