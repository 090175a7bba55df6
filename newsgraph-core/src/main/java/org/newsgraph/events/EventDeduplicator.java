package org.newsgraph.events;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;

/**
 * Folds the reports of many articles into real events, the GDELT Events/Mentions split: reports with the same
 * PLOVER type, modality, source and target actor (by country between states, by CAMEO actor code within one, else
 * by entity or words; either order for reciprocal events) and event dates at most {@code windowDays} apart are one event with several mentions. Within
 * an event, a report whose article shares a copy group with an earlier report is a syndicated copy and does not
 * count as an independent mention.
 */
public final class EventDeduplicator {

    private final int windowDays;

    public EventDeduplicator(int windowDays) {
        if (windowDays < 0) throw new IllegalArgumentException("windowDays must be >= 0, was " + windowDays);
        this.windowDays = windowDays;
    }

    public List<EventCluster> dedup(List<EventMention> reports) {
        List<EventMention> sorted = new ArrayList<>(reports);
        sorted.sort(Comparator.comparing((EventMention m) -> m.published() == null ? "" : m.published())
                .thenComparing(EventMention::articleId));
        Map<String, List<Open>> byKey = new HashMap<>();
        List<Open> order = new ArrayList<>();
        for (EventMention m : sorted) {
            String key = key(m.event());
            LocalDate day = EventDates.day(m.event().date());
            Open target = null;
            for (Open o : byKey.getOrDefault(key, List.of())) {
                if (within(o.day, day)) {
                    target = o;
                    break;
                }
            }
            if (target == null) {
                target = new Open(key, day);
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(target);
                order.add(target);
            }
            boolean independent = m.copyGroup() == null || target.groups.add(m.copyGroup());
            target.mentions.add(m.withIndependent(independent));
        }
        List<EventCluster> out = new ArrayList<>(order.size());
        for (Open o : order) {
            out.add(new EventCluster(id(o.key, o.day), o.mentions.get(0).event(), o.mentions));
        }
        return out;
    }

    /** Two undated reports can be one event; a dated and an undated one cannot. */
    private boolean within(LocalDate a, LocalDate b) {
        if (a == null || b == null) return a == b;
        return Math.abs(ChronoUnit.DAYS.between(a, b)) <= windowDays;
    }

    private static final class Open {
        final String key;
        final LocalDate day;
        final List<EventMention> mentions = new ArrayList<>();
        final Set<String> groups = new HashSet<>();

        Open(String key, LocalDate day) {
            this.key = key;
            this.day = day;
        }
    }

    private static String key(Event e) {
        boolean domestic = e.source() != null && e.target() != null && e.source().country() != null
                && e.source().country().equals(e.target().country());
        String s = actorKey(e.source(), domestic);
        String t = actorKey(e.target(), domestic);
        if (e.reciprocal() && s.compareTo(t) > 0) {
            String x = s;
            s = t;
            t = x;
        }
        return e.type() + '|' + e.modality() + '|' + s + '|' + t;
    }

    /**
     * Between states, the state: one report's "Norway" (NOR) and another's "the Norwegian government" (NORGOV) are
     * one signatory. Within one state the sector is all that tells the sides apart (police against protesters), so
     * there the whole code counts. An international actor is its organisation or its home state (MNCJPN).
     */
    private static String actorKey(EventActor a, boolean domestic) {
        if (a == null) return "";
        if (!domestic && a.country() != null) {
            String within = a.organization() != null ? a.organization() : ActorCode.homeState(a.code());
            return within == null ? a.country() : a.country() + within;
        }
        if (a.code() != null) return a.code();
        if (a.entity() != null) return "entity:" + a.entity();
        return "text:" + a.text().toLowerCase(java.util.Locale.ROOT);
    }


    private static long id(String key, LocalDate day) {
        long h = 0xcbf29ce484222325L;
        String s = key + '|' + day;
        for (int i = 0; i < s.length(); i++) h = (h ^ s.charAt(i)) * 0x100000001b3L;
        return h & Long.MAX_VALUE;
    }
}
