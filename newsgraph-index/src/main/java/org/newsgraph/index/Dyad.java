package org.newsgraph.index;

import java.util.List;

/**
 * Cooperation and conflict between two actors over time, in either direction.
 *
 * @param a        the first actor as asked
 * @param b        the second actor as asked
 * @param bucket   "day", "week" (Monday to Sunday) or "month": days for spans up to {@value EventQueries#DAY_SPAN}
 *                 days, weeks up to {@value EventQueries#WEEK_SPAN} days, months beyond
 * @param total    how many events the points count
 * @param undated  how many asserted events between the two have no full date (none, or only a month or year), so
 *                 no place on the chart: not in {@code total}, whatever the day range
 * @param points   every period from the first to the last with an event, empty periods included, in order
 */
public record Dyad(String a, String b, String bucket, int total, int undated, List<DyadPoint> points) {
    public Dyad {
        points = List.copyOf(points);
    }
}
