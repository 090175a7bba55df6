package org.newsgraph.index;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Restrictions on a search; null means no restriction.
 *
 * @param entity    a knowledge-base entity id or a name that resolves to one
 * @param publisher a publisher name, compared case-insensitively
 * @param from      first publication day, inclusive
 * @param to        last publication day, inclusive
 * @param language  an ISO 639-1 code, as articles carry it; any case, and a region ({@code pt-BR}) is ignored
 */
public record SearchFilters(String entity, String publisher, LocalDate from, LocalDate to, String language) {
    public static final SearchFilters NONE = new SearchFilters(null, null, null, null, null);

    public SearchFilters {
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadQueryException("date range is empty: from " + from + " is after to " + to);
        }
        language = language("language", language);
    }

    /** Restrictions in any language. */
    public SearchFilters(String entity, String publisher, LocalDate from, LocalDate to) {
        this(entity, publisher, from, to, null);
    }

    /**
     * A user's language code as articles carry it: the primary subtag, lower case. A value that cannot be one is
     * refused, naming the parameter, rather than silently matching nothing.
     */
    public static String language(String name, String language) {
        if (language == null || language.isBlank()) return null;
        String tag = language.strip();
        int dash = tag.replace('_', '-').indexOf('-');
        String primary = (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
        if (primary.length() != 2 || !primary.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            throw new BadQueryException(name + " must be a two-letter ISO 639-1 code such as 'en', not '"
                    + language + "'");
        }
        return primary;
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
