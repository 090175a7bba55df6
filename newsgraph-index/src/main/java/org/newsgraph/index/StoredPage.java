package org.newsgraph.index;

import org.newsgraph.model.PageFormat;
import org.newsgraph.model.PageHints;
import org.newsgraph.model.RawPage;

/**
 * What the raw marker document keeps, beside the bytes in the {@link RawStore}, to turn them back into the
 * {@link RawPage} they came as: a JSON Lines record's title or date, or a WARC response's charset, live nowhere else.
 */
record StoredPage(PageFormat format, String charset, PageHints hints) {

    static StoredPage of(RawPage page) {
        return new StoredPage(page.format(), page.charset(), page.hints().equals(PageHints.NONE) ? null : page.hints());
    }
}
