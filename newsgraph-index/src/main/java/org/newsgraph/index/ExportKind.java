package org.newsgraph.index;

/** What an export holds. */
public enum ExportKind {
    ARTICLES, ENTITIES, QUOTES
}
