package org.newsgraph.source;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Gunzipped bytes (all concatenated members) that, once the reader has said a prefix is of use to it, end where the
 * gzip data was cut off instead of failing there, and remember the cut. A page can use its opening; a WARC or JSON
 * Lines reader cannot tell a cut record from a whole one, so it meets the failure where it happens.
 */
final class CutTolerantGzip extends FilterInputStream {

    private boolean endAtCut;
    private IOException cut;

    CutTolerantGzip(InputStream in) throws IOException {
        super(new GZIPInputStream(in, Streams.BUFFER));
    }

    /** From now on a cut ends the stream; {@link #cut()} tells whether it did. */
    void endAtCut() {
        endAtCut = true;
    }

    /** The failure that ended the stream early, or null when it ended where its data did. */
    IOException cut() {
        return cut;
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (EOFException | ZipException e) {
            return cutShort(e);
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            return super.read(b, off, len);
        } catch (EOFException | ZipException e) {
            return cutShort(e);
        }
    }

    private int cutShort(IOException e) throws IOException {
        if (!endAtCut) throw e;
        cut = e;
        return -1;
    }
}
