package org.newsgraph.dedup;

import java.io.Serializable;
import java.time.LocalDate;
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
 */
public record DedupDocument(String id, String text, String publisher, String syndicatedFrom, Integer publishedDay) implements Serializable {

    private static final long serialVersionUID = 1L;

    public DedupDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    public static DedupDocument of(Article article) {
        return new DedupDocument(article.id(), article.text(), article.publisher(), article.syndicatedFrom(),
                epochDay(article.published()));
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
