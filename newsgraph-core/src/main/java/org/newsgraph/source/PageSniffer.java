package org.newsgraph.source;

import java.util.Arrays;
import org.newsgraph.model.PageFormat;

/**
 * Tells how to read one page's bytes when nothing but the bytes is known, e.g. a raw input stored before its format
 * was recorded. The same verdict a file of unknown name gets, narrowed to the two page formats: a body is one page,
 * so what would make a file JSON Lines or a WARC is just text here.
 */
public final class PageSniffer {

    private PageSniffer() {
    }

    /** HTML or TEXT; null when the bytes are not a page at all (binary). */
    public static PageFormat format(byte[] body) {
        byte[] head = body.length <= Sniffer.HEAD_BYTES ? body : Arrays.copyOf(body, Sniffer.HEAD_BYTES);
        Sniffer.Result verdict = Sniffer.sniff(head, head.length, null);
        if (verdict.isBinary()) return null;
        return verdict.kind() == InputKind.HTML ? PageFormat.HTML : PageFormat.TEXT;
    }
}
