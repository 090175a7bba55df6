package org.newsgraph.index;

import java.util.List;

/**
 * The events between two actors in one period (a day, week or month): asserted events only, each real event once.
 *
 * @param start       first day of the period
 * @param end         last day of the period, inclusive
 * @param cooperation events of quad classes 1 and 2 (verbal and material cooperation)
 * @param conflict    events of quad classes 3 and 4 (verbal and material conflict)
 */
public record DyadPoint(String start, String end, Side cooperation, Side conflict) {

    /**
     * @param count     how many events
     * @param goldstein the sum of their Goldstein scores (GDELT table)
     * @param events    their ids, for {@code /api/events/{id}}
     */
    public record Side(int count, double goldstein, List<String> events) {
        public Side {
            events = List.copyOf(events);
        }
    }
}
