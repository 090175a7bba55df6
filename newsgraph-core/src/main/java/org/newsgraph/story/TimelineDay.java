package org.newsgraph.story;

import java.util.List;

/**
 * One day of a story: how many of its articles were published that day, and the quotes and events that the story's
 * articles place on that day (which may be before the first article, for events reported after the fact).
 *
 * @param date     ISO date
 * @param articles articles published that day
 * @param items    quotes and events referring to that day
 */
public record TimelineDay(String date, int articles, List<TimelineItem> items) {

    public TimelineDay {
        items = List.copyOf(items);
    }
}
