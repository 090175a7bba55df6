package org.newsgraph.index;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Restrictions on a search; null means no restriction.
 *
 * @param entity    a knowledge-base entity id or a name that resolves to one
 * @param publisher a publisher name, compared case-insensitively
 * @param from      first publication day, inclusive
 * @param to        last publication day, inclusive
 */
public record SearchFilters(String entity, String publisher, LocalDate from, LocalDate to) {
    public static final SearchFilters NONE = new SearchFilters(null, null, null, null);

    public SearchFilters {
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadQueryException("date range is empty: from " + from + " is after to " + to);
        }
    }

    /** Parses ISO dates given by a user, naming the bad one. */
    public static LocalDate date(String name, String iso) {
        if (iso == null || iso.isBlank()) return null;
        try {
            return LocalDate.parse(iso.strip());
        } catch (DateTimeParseException e) {
            throw new BadQueryException(name + " must be an ISO date (YYYY-MM-DD), not '" + iso + "'");
        }
    }
}
