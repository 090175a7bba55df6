package org.newsgraph.index;

/**
 * What an ingest run did.
 *
 * @param inputs   raw inputs stored and indexed in this run
 * @param articles articles (and snippets) stored or replaced
 * @param commits  commits made; everything before the last one survives any crash
 * @param connected    articles placed into copy groups and stories
 * @param connectNanos time spent placing them and writing the connect state and view
 */
public record IngestCounts(long inputs, long articles, long commits, long connected,
                           long connectNanos) {
}
