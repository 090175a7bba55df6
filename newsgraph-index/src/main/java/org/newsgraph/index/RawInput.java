package org.newsgraph.index;

import org.newsgraph.model.PageFormat;
import org.newsgraph.model.PageHints;
import org.newsgraph.model.RawPage;
import org.newsgraph.model.SourceRef;

/**
 * A processed raw input as recorded in the index: where it came from, how to read it, and what was made of it.
 *
 * @param sha256  its name in the {@link RawStore}
 * @param format  how its bytes read, or null when the input was stored without it (knowledge bases from before
 *                formats were recorded, or inputs stored as bare bytes)
 * @param charset the charset its transport declared, or null
 * @param hints   the metadata that came beside it (a JSON Lines record's fields); {@link PageHints#NONE} if none
 */
public record RawInput(String sha256, SourceRef source, String pipelineVersion, int articles, PageFormat format,
                       String charset, PageHints hints) {

    public RawInput {
        if (hints == null) hints = PageHints.NONE;
    }

    /** The page again, from its stored bytes, read as {@code fallback} when the format was not recorded. */
    public RawPage page(byte[] body, PageFormat fallback) {
        return new RawPage(source, format != null ? format : fallback, body, charset, hints);
    }
}
