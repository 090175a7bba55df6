package org.newsgraph.index;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;

/**
 * Restrictions on coded events; null means no restriction. An event passes when every given restriction holds.
 *
 * @param actor an actor's CAMEO country code, knowledge-base entity id, or words its text contains (any case); the
 *              queries also let it name knowledge-base entities ({@code actorEntities})
 * @param type  a PLOVER event type (any case), checked against {@link PloverTypes}
 * @param from  first event day, inclusive (events without a full date then fail)
 * @param to    last event day, inclusive
 * @param coded only events whose doer the actor dictionaries code (a country, an international organisation or a
 *              sector), as dictionary coders such as TABARI and PETRARCH emit them: on hand-judged demo events this
 *              raised precision from 0.33 to 0.42 and kept four fifths of the right events (docs/events.md)
 * @param actorEntities knowledge-base ids of the entities {@code actor} names, which match an actor whatever words
 *              its own text uses ("Kim Jong Un" finds the events of "the North Korean leader"); see {@link #naming}
 */
public record EventFilter(String actor, String type, LocalDate from, LocalDate to, boolean coded,
                          Set<String> actorEntities) {
    public static final EventFilter NONE = new EventFilter(null, null, null, null);

    public EventFilter {
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadQueryException("date range is empty: from " + from + " is after to " + to);
        }
        if (type != null) type = PloverTypes.canonical(type);
        if (actor != null) actor = actor.strip().toLowerCase(Locale.ROOT);
        actorEntities = Set.copyOf(actorEntities);
    }

    public EventFilter(String actor, String type, LocalDate from, LocalDate to, boolean coded) {
        this(actor, type, from, to, coded, Set.of());
    }

    public EventFilter(String actor, String type, LocalDate from, LocalDate to) {
        this(actor, type, from, to, false);
    }

    /** The same filter, its actor also standing for these knowledge-base entities. */
    public EventFilter naming(Set<String> entityIds) {
        return new EventFilter(actor, type, from, to, coded, entityIds);
    }

    public boolean matches(Event e) {
        return matchesBesidesDay(e) && dayMatches(e);
    }

    /** Whether every restriction but the days holds. */
    public boolean matchesBesidesDay(Event e) {
        if (type != null && !type.equals(e.type())) return false;
        if (coded && !isCoded(e.source())) return false;
        return actor == null || isActor(actor, actorEntities, e.source())
                || isActor(actor, actorEntities, e.target());
    }

    /** Whether the event's day lies in the range (always, without one). */
    public boolean dayMatches(Event e) {
        if (from == null && to == null) return true;
        LocalDate day = EventDay.of(e);
        return day != null && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /** Whether the actor dictionaries place this actor: a country, an international organisation or a sector. */
    static boolean isCoded(EventActor a) {
        return a != null && (a.country() != null || a.organization() != null || a.sector() != null);
    }

    /**
     * Whether {@code who} (lower case) names this actor: its country code, its entity id, words of its text, or an
     * entity among {@code entities} (those the words name in the knowledge base).
     */
    static boolean isActor(String who, Set<String> entities, EventActor a) {
        if (a == null) return false;
        return who.equalsIgnoreCase(a.country()) || who.equalsIgnoreCase(a.entity())
                || (a.entity() != null && entities.contains(a.entity()))
                || (a.text() != null && a.text().toLowerCase(Locale.ROOT).contains(who));
    }
}
