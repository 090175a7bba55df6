package org.newsgraph.events;

import java.time.LocalDate;

/**
 * A CAMEO actor code ("KORGOV", "IGOUNO") valid between two dates (either may be open).
 *
 * @param from first day the code applies, or null for "always before"
 * @param to   last day the code applies, or null for "still"
 */
record DatedCode(String code, LocalDate from, LocalDate to) {

    boolean activeOn(LocalDate day) {
        if (day == null) return to == null;
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    boolean undated() {
        return from == null && to == null;
    }
}
