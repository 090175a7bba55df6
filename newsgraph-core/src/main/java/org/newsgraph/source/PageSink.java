package org.newsgraph.source;

import org.newsgraph.model.RawPage;
import org.newsgraph.model.SourceRef;

/**
 * Receives what a {@link PageSource} finds, in input order. Sources report problems here instead of throwing, so
 * one bad file or record never stops the rest of a run.
 */
public interface PageSink {

    /** A page to extract. */
    void page(RawPage page);

    /** An input, or a part of one, that could not be read; {@code reason} is short and human-readable. */
    void failure(SourceRef where, String reason);

    /**
     * An input or record that was read but holds no page to extract (an empty file, a WARC response that is not a
     * 200 HTML page, a feed item without content).
     */
    void skipped(SourceRef where, String reason);
}
