package org.newsgraph.web;

/** The body of every API error: the HTTP status again (for clients that lose it) and what went wrong. */
public record ApiError(int status, String error) {
}
