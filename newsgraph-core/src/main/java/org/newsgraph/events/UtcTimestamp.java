package org.newsgraph.events;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * GDELT's YYYYMMDDHHMMSS timestamps, which its codebook puts in UTC, from our ISO-8601 publication times: a time
 * with an offset is converted (a page keeps the offset it was written with, so its day stays the one shown); a
 * time without a zone cannot be and is kept as written; a bare date counts from midnight. Anything else (a month
 * alone, no date) gives an empty cell.
 */
final class UtcTimestamp {

    private static final DateTimeFormatter GDELT = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

    private UtcTimestamp() {
    }

    static String of(String published) {
        if (published == null) return "";
        try {
            if (published.length() > 10 && hasZone(published)) {
                return OffsetDateTime.parse(published).withOffsetSameInstant(ZoneOffset.UTC).format(GDELT);
            }
            if (published.length() > 10) return LocalDateTime.parse(published).format(GDELT);
            return LocalDate.parse(published).atStartOfDay().format(GDELT);
        } catch (DateTimeParseException e) {
            return "";
        }
    }

    private static boolean hasZone(String time) {
        return time.endsWith("Z") || time.lastIndexOf('+') > 10 || time.lastIndexOf('-') > 10;
    }
}
