package org.newsgraph.model;

/**
 * One page as a source delivers it, before extraction.
 *
 * @param source  where it came from
 * @param format  how to read {@code body}
 * @param body    the page's bytes, undecoded (at most the source's page-size cap)
 * @param charset the charset declared by the transport (HTTP Content-Type, or UTF-8 for JSON text), or null
 * @param hints   metadata delivered beside the page
 */
public record RawPage(SourceRef source, PageFormat format, byte[] body, String charset, PageHints hints) {

    public RawPage {
        if (hints == null) hints = PageHints.NONE;
    }
}
