package org.newsgraph.events;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Calendar days of event dates, which may be TIMEX3 values of a month or a year. */
final class EventDates {

    private EventDates() {
    }

    /** The day of an ISO date or date-time; a month ("2018-06") or year value counts from its first day. */
    static LocalDate day(String date) {
        if (date == null || date.length() < 4) return null;
        String d = date.length() >= 10 ? date.substring(0, 10)
                : date.length() >= 7 ? date.substring(0, 7) + "-01" : date.substring(0, 4) + "-01-01";
        try {
            return LocalDate.parse(d);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
