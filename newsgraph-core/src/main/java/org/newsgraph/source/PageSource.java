package org.newsgraph.source;

/**
 * One input (a file, a folder, stdin) streamed as raw pages. Reading holds at most one page in memory at a time
 * and reports every problem to the sink; {@link #read} returns normally when the input is exhausted or unreadable.
 */
public interface PageSource {

    /** What the user named: a path, or {@code -} for stdin. */
    String name();

    void read(PageSink sink);
}
