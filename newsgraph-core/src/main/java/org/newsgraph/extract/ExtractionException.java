package org.newsgraph.extract;

import org.newsgraph.model.SourceRef;

/** A page that could not be turned into an article at all; the message names the input and the reason. */
public final class ExtractionException extends RuntimeException {
    private final transient SourceRef source;

    public ExtractionException(SourceRef source, String reason) {
        super((source == null ? "-" : source.describe()) + ": " + reason);
        this.source = source;
    }

    public ExtractionException(SourceRef source, String reason, Throwable cause) {
        super((source == null ? "-" : source.describe()) + ": " + reason, cause);
        this.source = source;
    }

    public SourceRef source() {
        return source;
    }
}
