package org.newsgraph.index;

/**
 * What an ingest run did.
 *
 * @param inputs   raw inputs stored and indexed in this run
 * @param articles articles stored or replaced
 * @param snippets teaser snippets of other articles, found on the stored pages, stored or replaced
 * @param commits  commits made; everything before the last one survives any crash
 * @param commitNanos  time spent committing, connecting the new articles included
 * @param connected    articles placed into copy groups and stories
 * @param connectNanos time spent placing them and writing the connect state and view
 * @param versionsReplaced stored articles that an article of this run replaced as a newer version at their address
 * @param versionsKept     articles of this run kept as earlier versions of one stored at their address
 */
public record IngestCounts(long inputs, long articles, long snippets, long commits, long commitNanos, long connected,
                           long connectNanos, long versionsReplaced, long versionsKept) {
}
