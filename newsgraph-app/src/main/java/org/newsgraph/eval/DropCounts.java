package org.newsgraph.eval;

import java.util.EnumMap;
import java.util.Map;
import org.newsgraph.events.DropLog;

/** How many sentences gave no event for each {@link DropLog.Reason}: counts only, so a withheld half stays unread. */
final class DropCounts {

    private final Map<DropLog.Reason, Integer> counts = new EnumMap<>(DropLog.Reason.class);
    private int total;

    void add(DropLog.Reason reason) {
        counts.merge(reason, 1, Integer::sum);
        total++;
    }

    int count(DropLog.Reason reason) {
        return counts.getOrDefault(reason, 0);
    }

    /** One line per reason that occurred, most frequent first, after the total. */
    String table() {
        StringBuilder sb = new StringBuilder(String.format("  %3d sentences without any event%n", total));
        counts.entrySet().stream()
                .sorted((x, y) -> y.getValue() != x.getValue().intValue() ? y.getValue() - x.getValue()
                        : x.getKey().compareTo(y.getKey()))
                .forEach(e -> sb.append(String.format("  %3d  %s%n", e.getValue(), e.getKey().label())));
        return sb.toString();
    }
}
