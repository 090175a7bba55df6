package org.newsgraph.web;

import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.newsgraph.index.BadQueryException;
import org.newsgraph.index.SearchFilters;

/** Query parameters read strictly: anything malformed or out of range is the caller's error, named in the message. */
final class Params {
    /** The most items one API page returns: bigger pages make the slowest requests slower for everyone. */
    static final int MAX_LIMIT = 100;

    private Params() {
    }

    /** A page size in 1..{@value #MAX_LIMIT}, {@code fallback} when absent. */
    static int limit(Context ctx, String name, int fallback) {
        int v = integer(ctx, name, fallback);
        if (v < 1 || v > MAX_LIMIT) {
            throw new BadQueryException(name + " must be between 1 and " + MAX_LIMIT + ", not " + v);
        }
        return v;
    }

    static int offset(Context ctx) {
        int v = integer(ctx, "offset", 0);
        if (v < 0) throw new BadQueryException("offset must not be negative, not " + v);
        return v;
    }

    static LocalDate date(Context ctx, String name) {
        return SearchFilters.date(name, ctx.queryParam(name));
    }

    /**
     * Refuses a request with a parameter whose percent-encoding is malformed ({@code q=%ZZ}): the server would drop the
     * parameter without a word, and a search without its words answers with every article.
     */
    static void checkEncoding(Context ctx) {
        String raw = ctx.queryString();
        if (raw == null) return;
        for (String pair : raw.split("&")) {
            try {
                URLDecoder.decode(pair, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                throw new BadQueryException("parameter " + name + " is not valid percent-encoding ('" + pair
                        + "'): a % must begin %XX with two hex digits; write a % itself as %25");
            }
        }
    }

    /** The parameter stripped, or null when absent or blank. */
    static String text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** A yes/no switch: {@code true}, {@code 1} or {@code on} is yes; absent, blank or {@code false}/{@code 0} no. */
    static boolean flag(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null) return false;
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "1", "on" -> true;
            case "false", "0", "off" -> false;
            default -> throw new BadQueryException(name + " must be true or false, not '" + v + "'");
        };
    }

    /** The parameter stripped; absent or blank is the caller's error. */
    static String required(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null) throw new BadQueryException(name + " is required");
        return v;
    }

    private static int integer(Context ctx, String name, int fallback) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return fallback;
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new BadQueryException(name + " must be a whole number, not '" + v + "'");
        }
    }
}
