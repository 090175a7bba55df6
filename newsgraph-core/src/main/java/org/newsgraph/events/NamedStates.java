package org.newsgraph.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private boolean resolved;

    NamedStates(List<Entity> entities, ActorResolver resolver, LocalDate day) {
        this.entities = entities;
        this.resolver = resolver;
        this.day = day;
    }

    /**
     * The actors with the article's majority state filled where they have no country, only unnamed ones ("the
     * ministry", "police"): a named actor the dictionaries do not know may be foreign, whatever it is (a person
     * "Heinrich Baumgart", a company "Airbus", a region "Europe"), and an uncoded actor is better than a wrongly coded
     * one. On the demo corpus, filling named actors too was right in only 12 of 20 sampled fills.
     */
    List<EventActor> fill(List<EventActor> actors) {
        if (!resolved) resolve();
        if (majority == null) return actors;
        List<EventActor> out = null;
        for (int i = 0; i < actors.size(); i++) {
            EventActor a = actors.get(i);
            if (a.country() != null || a.organization() != null || a.entity() != null) continue;
            if (out == null) out = new ArrayList<>(actors);
            out.set(i, DomesticCountry.withCountry(a, majority));
        }
        return out == null ? actors : out;
    }

    private void resolve() {
        resolved = true;
        Map<String, Integer> mentions = new HashMap<>();
        int total = 0;
        for (Entity e : entities) {
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
