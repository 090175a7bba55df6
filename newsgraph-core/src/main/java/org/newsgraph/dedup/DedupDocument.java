package org.newsgraph.dedup;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.newsgraph.model.Article;

/**
 * What near-duplicate detection needs from an article.
 *
 * @param id             the record's id
 * @param text           the body text
 * @param publisher      the outlet that published this copy, or null
 * @param syndicatedFrom the outlet this copy says it came from, or null
 * @param publishedDay   publication date as days since 1970-01-01, or null when unknown
 * @param publishedAt    publication time as seconds since 1970-01-01T00:00Z, or null when only the day (or nothing)
 *                       is known; a time written without an offset is taken as UTC
 * @param title          the headline, or null: whom it names tells two articles of one template apart
 *                       ({@link HeadlineNames})
 */
public record DedupDocument(String id, String text, String publisher, String syndicatedFrom, Integer publishedDay,
                            Long publishedAt, String title) implements Serializable {

    private static final long serialVersionUID = 1L;

    public DedupDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    /** A document without a headline. */
    public DedupDocument(String id, String text, String publisher, String syndicatedFrom, Integer publishedDay,
                         Long publishedAt) {
        this(id, text, publisher, syndicatedFrom, publishedDay, publishedAt, null);
    }

    /** A document dated by its day alone, without a headline. */
    public DedupDocument(String id, String text, String publisher, String syndicatedFrom, Integer publishedDay) {
        this(id, text, publisher, syndicatedFrom, publishedDay, null);
    }

    public static DedupDocument of(Article article) {
        return new DedupDocument(article.id(), article.text(), article.publisher(), article.syndicatedFrom(),
                epochDay(article.published()), epochSecond(article.published()), article.title());
    }

    /** Seconds since 1970-01-01T00:00Z of an ISO date-time, or null for a date alone, a missing or a bad value. */
    public static Long epochSecond(String isoDateTime) {
        if (isoDateTime == null || isoDateTime.length() <= 10) return null;
        try {
            return OffsetDateTime.parse(isoDateTime).toEpochSecond();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(isoDateTime).toEpochSecond(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** Days since 1970-01-01 of an ISO date or date-time (only the date part counts), or null when absent or bad. */
    public static Integer epochDay(String isoDateOrDateTime) {
        if (isoDateOrDateTime == null || isoDateOrDateTime.length() < 10) return null;
        try {
            return Math.toIntExact(LocalDate.parse(isoDateOrDateTime.substring(0, 10)).toEpochDay());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
