package org.newsgraph.index;

import java.time.LocalDate;
import org.newsgraph.index.internal.Dates;
import org.newsgraph.model.Event;

/** The calendar day of an event, when its date names one (a month or year value names no single day). */
final class EventDay {
    private EventDay() {
    }

    static LocalDate of(Event e) {
        Long day = Dates.epochDay(e.date());
        return day == null ? null : LocalDate.ofEpochDay(day);
    }
}
