package org.newsgraph.index;

/** A query the knowledge base cannot run as given (bad syntax, bad date, out-of-range paging): the caller's error. */
public final class BadQueryException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public BadQueryException(String message) {
        super(message);
    }

    public BadQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
