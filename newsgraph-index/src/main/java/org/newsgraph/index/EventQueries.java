package org.newsgraph.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.lucene.index.IndexReader;
import org.newsgraph.events.EventCluster;
import org.newsgraph.index.internal.Snapshot;
import org.newsgraph.index.internal.Snapshots;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventModality;

/**
 * Queries over the knowledge base's coded events, one result per real event (reports of one event in several
 * articles folded together, see {@link EventCatalog}). Thread-safe. The catalog of a snapshot is built on the first
 * query that needs it, reading every article with events once; later queries on the same snapshot filter it in
 * memory.
 */
public final class EventQueries {
    /** Dyads spanning at most this many days are counted per day. */
    public static final int DAY_SPAN = 120;
    /** Dyads spanning at most this many days (about three years) are counted per week, longer ones per month. */
    public static final int WEEK_SPAN = 1100;

    private final Snapshots snapshots;
    private volatile Built built;

    EventQueries(Snapshots snapshots) {
        this.snapshots = snapshots;
    }

    /** Real events with a report passing the filter, in the order of their first report: what exports write. */
    public List<EventCluster> clusters(EventFilter filter) {
        EventCatalog c = catalog();
        filter = resolved(filter);
        List<EventCluster> out = new ArrayList<>();
        for (int i = 0; i < c.clusters().size(); i++) {
            if (anyReport(c.items().get(i), filter)) out.add(c.clusters().get(i));
        }
        return out;
    }

    /** Real events with a report passing the filter, newest event date first (undated last). */
    public Page<EventItem> list(EventFilter filter, int limit, int offset) {
        Searcher.checkPaging(limit, offset);
        filter = resolved(filter);
        List<EventItem> matching = new ArrayList<>();
        for (EventItem item : catalog().newestFirst()) if (anyReport(item, filter)) matching.add(item);
        int from = Math.min(offset, matching.size());
        return new Page<>(matching.size(), offset, matching.subList(from, Math.min(from + limit, matching.size())));
    }

    public Optional<EventItem> event(String id) {
        return Optional.ofNullable(catalog().byId().get(id));
    }

    /**
     * Cooperation and conflict between actors {@code a} and {@code b} (either acting on the other; each matched as
     * {@link EventFilter#actor()} is) within the optional day range: asserted events with a full date only, each
     * real event once, scored by its representative coding. The asserted events between them without a full date
     * have no place on the chart and are counted apart, so that an empty chart does not read as "no events".
     */
    public Dyad dyad(String a, String b, LocalDate from, LocalDate to) {
        if (a == null || b == null) throw new BadQueryException("a dyad needs two actors, a and b");
        EventFilter range = new EventFilter(null, null, from, to);
        String x = a.strip().toLowerCase(Locale.ROOT);
        String y = b.strip().toLowerCase(Locale.ROOT);
        Set<String> xs = entitiesNamed(a);
        Set<String> ys = entitiesNamed(b);
        Predicate<Event> between = e -> (EventFilter.isActor(x, xs, e.source())
                && EventFilter.isActor(y, ys, e.target()))
                || (EventFilter.isActor(y, ys, e.source()) && EventFilter.isActor(x, xs, e.target()));
        TreeMap<LocalDate, List<EventItem>> byDay = new TreeMap<>();
        int undated = 0;
        for (EventItem item : catalog().items()) {
            Event e = item.event();
            if (e.modality() != EventModality.ASSERTED || e.quadClass() < 1 || e.quadClass() > 4
                    || !between.test(e)) continue;
            LocalDate day = EventDay.of(e);
            if (day == null) undated++;
            else if (range.matches(e)) byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(item);
        }
        if (byDay.isEmpty()) return new Dyad(a, b, Bucket.DAY.json(), 0, undated, List.of());
        LocalDate first = byDay.firstKey();
        LocalDate last = byDay.lastKey();
        Bucket bucket = Bucket.forSpan(ChronoUnit.DAYS.between(from == null ? first : from, to == null ? last : to));
        List<DyadPoint> points = new ArrayList<>();
        int total = 0;
        for (LocalDate start = bucket.start(first); !start.isAfter(last); start = bucket.next(start)) {
            LocalDate end = bucket.next(start).minusDays(1);
            Side coop = new Side();
            Side conflict = new Side();
            for (List<EventItem> items : byDay.subMap(start, true, end, true).values()) {
                for (EventItem item : items) (item.event().quadClass() <= 2 ? coop : conflict).add(item);
                total += items.size();
            }
            points.add(new DyadPoint(start.toString(), end.toString(), coop.done(), conflict.done()));
        }
        return new Dyad(a, b, bucket.json(), total, undated, points);
    }

    /**
     * Whether the event passes: its day is the one it is listed under (its first report's), since a copy published a
     * day later dates a "today" a day later; for the rest any report will do, as reports of one event may name an
     * actor in different words.
     */
    private static boolean anyReport(EventItem item, EventFilter filter) {
        if (filter == null || filter.equals(EventFilter.NONE)) return true;
        if (!filter.dayMatches(item.event())) return false;
        for (EventEvidence m : item.mentions()) if (filter.matchesBesidesDay(m.event())) return true;
        return false;
    }

    /** The filter with the knowledge-base entities its actor words name, as a search's entity filter finds them. */
    private EventFilter resolved(EventFilter filter) {
        return filter == null || filter.actor() == null ? filter : filter.naming(entitiesNamed(filter.actor()));
    }

    private Set<String> entitiesNamed(String words) {
        try (Snapshot snap = snapshots.acquire()) {
            Set<String> ids = new HashSet<>();
            for (KbEntity e : snap.catalog().find(words)) ids.add(e.id());
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private EventCatalog catalog() {
        try (Snapshot snap = snapshots.acquire()) {
            IndexReader reader = snap.searcher().getIndexReader();
            Built b = built;
            if (b != null && b.reader == reader) return b.catalog;
            synchronized (this) {
                b = built;
                if (b == null || b.reader != reader) built = b = new Built(reader, EventCatalog.build(snap));
                return b.catalog;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Built(IndexReader reader, EventCatalog catalog) {
    }

    /** The events of one side of a point as they accumulate. */
    private static final class Side {
        private final List<String> ids = new ArrayList<>();
        private double goldstein;

        void add(EventItem item) {
            ids.add(item.id());
            goldstein += item.event().goldstein();
        }

        DyadPoint.Side done() {
            return new DyadPoint.Side(ids.size(), Math.round(goldstein * 10) / 10.0, ids);
        }
    }

    private enum Bucket {
        DAY, WEEK, MONTH;

        static Bucket forSpan(long days) {
            return days <= DAY_SPAN ? DAY : days <= WEEK_SPAN ? WEEK : MONTH;
        }

        LocalDate start(LocalDate day) {
            return switch (this) {
                case DAY -> day;
                case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTH -> day.withDayOfMonth(1);
            };
        }

        LocalDate next(LocalDate start) {
            return switch (this) {
                case DAY -> start.plusDays(1);
                case WEEK -> start.plusWeeks(1);
                case MONTH -> start.plusMonths(1);
            };
        }

        String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
