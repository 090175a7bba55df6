package org.newsgraph.extract;

import org.newsgraph.model.SourceRef;

/** A page that could not be turned into an article at all; the message names the input and the reason. */
public final class ExtractionException extends RuntimeException {
    private final transient SourceRef source;
    private final String reason;

    public ExtractionException(SourceRef source, String reason) {
        super((source == null ? "-" : source.describe()) + ": " + reason);
        this.source = source;
        this.reason = reason;
    }

    public ExtractionException(SourceRef source, String reason, Throwable cause) {
        super((source == null ? "-" : source.describe()) + ": " + reason, cause);
        this.source = source;
        this.reason = reason;
    }

    public SourceRef source() {
        return source;
    }

    /** Why, without the input's name (for records that name the input in a field of their own). */
    public String reason() {
        return reason;
    }
}
