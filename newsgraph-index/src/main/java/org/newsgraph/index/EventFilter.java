package org.newsgraph.index;

import java.time.LocalDate;
import java.util.Locale;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;

/**
 * Restrictions on coded events; null means no restriction. An event passes when every given restriction holds.
 *
 * @param actor an actor's CAMEO country code, knowledge-base entity id, or words its text contains (any case)
 * @param type  a PLOVER event type (any case), checked against {@link PloverTypes}
 * @param from  first event day, inclusive (events without a full date then fail)
 * @param to    last event day, inclusive
 */
public record EventFilter(String actor, String type, LocalDate from, LocalDate to) {
    public static final EventFilter NONE = new EventFilter(null, null, null, null);

    public EventFilter {
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadQueryException("date range is empty: from " + from + " is after to " + to);
        }
        if (type != null) type = PloverTypes.canonical(type);
        if (actor != null) actor = actor.strip().toLowerCase(Locale.ROOT);
    }

    public boolean matches(Event e) {
        if (type != null && !type.equals(e.type())) return false;
        if (actor != null && !isActor(actor, e.source()) && !isActor(actor, e.target())) return false;
        if (from != null || to != null) {
            LocalDate day = EventDay.of(e);
            if (day == null || (from != null && day.isBefore(from)) || (to != null && day.isAfter(to))) return false;
        }
        return true;
    }

    /** Whether {@code who} (lower case) names this actor: its country code, its entity id, or words of its text. */
    static boolean isActor(String who, EventActor a) {
        if (a == null) return false;
        return who.equalsIgnoreCase(a.country()) || who.equalsIgnoreCase(a.entity())
                || (a.text() != null && a.text().toLowerCase(Locale.ROOT).contains(who));
    }
}
