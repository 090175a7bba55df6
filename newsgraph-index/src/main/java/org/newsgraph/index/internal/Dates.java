package org.newsgraph.index.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Publication dates as epoch days: the calendar day an ISO date or date-time names, in the page's own zone. */
public final class Dates {
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Dates() {
    }

    /** The epoch day of an ISO date or date-time, or null when the value does not start with a full date. */
    public static Long epochDay(String iso) {
        if (iso == null || iso.length() < 10 || !ISO_DAY.matcher(iso.subSequence(0, 10)).matches()) return null;
        try {
            return LocalDate.parse(iso.substring(0, 10)).toEpochDay();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static String isoDay(long epochDay) {
        return LocalDate.ofEpochDay(epochDay).toString();
    }

    public static String yearMonth(long epochDay) {
        return isoDay(epochDay).substring(0, 7);
    }
}
