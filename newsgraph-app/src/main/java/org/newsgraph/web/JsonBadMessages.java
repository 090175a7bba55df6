package org.newsgraph.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.newsgraph.index.internal.Json;

/**
 * Requests Jetty refuses before they reach the API (a URI or headers too long, a malformed request line) get the
 * API's JSON error body, not Jetty's HTML page: a client of the API parses one error shape whatever refused it.
 */
final class JsonBadMessages extends ErrorHandler {

    /** The request header size the server is given (Jetty's default), which bounds the request line. */
    static final int REQUEST_LINE_LIMIT = 8192;

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        String what = reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
        if (status == HttpStatus.URI_TOO_LONG_414) {
            what += ": the request line may be at most " + REQUEST_LINE_LIMIT + " bytes; shorten the query (a search"
                    + " takes a few hundred words at most)";
        }
        if (status == HttpStatus.BAD_REQUEST_400 && what.equals(HttpStatus.getMessage(status))) {
            // Jetty names no cause; the usual one is a path such as /api/articles/%ZZ that cannot be decoded
            what += ": the request could not be read; a % in the path or query must begin %XX with two hex digits"
                    + " (write a % itself as %25), and the request line must be METHOD /path HTTP/1.1";
        }
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8"));
        try {
            return ByteBuffer.wrap(Json.MAPPER.writeValueAsBytes(new ApiError(status, what)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an error record that cannot be written as JSON", e);
        }
    }
}
