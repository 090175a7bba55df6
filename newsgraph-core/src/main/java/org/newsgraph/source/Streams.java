package org.newsgraph.source;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipException;

/** Byte-stream helpers shared by the sources: gzip by magic number, peeking, capped reads, error wording. */
final class Streams {

    static final int BUFFER = 64 * 1024;

    private Streams() {
    }

    static BufferedInputStream buffered(InputStream in) {
        return in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, BUFFER);
    }

    /** True when the stream starts with the gzip magic number; the stream is left where it was. */
    static boolean isGzip(BufferedInputStream in) throws IOException {
        in.mark(2);
        int a = in.read();
        int b = in.read();
        in.reset();
        return a == 0x1F && b == 0x8B;
    }

    /**
     * Fills {@code buf} from the stream's start without consuming it; returns how many bytes were there. A read
     * error after the first bytes only shortens the peek: the reader proper meets it again where it happens, and
     * can keep what came before it (the records of a WARC, the lines of a data set).
     */
    static int peek(BufferedInputStream in, byte[] buf) throws IOException {
        in.mark(buf.length);
        int n = 0;
        try {
            for (int r; n < buf.length && (r = in.read(buf, n, buf.length - n)) > 0; ) n += r;
        } catch (IOException e) {
            if (n == 0) throw e;
        }
        in.reset();
        return n;
    }

    /** Reads the rest of the stream, or returns null as soon as it holds more than {@code cap} bytes. */
    static byte[] readCapped(InputStream in, long cap) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(cap, BUFFER));
        byte[] buf = new byte[BUFFER];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > cap) return null;
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** A short reason for a failed read, in the words a user would look for. */
    static String describe(IOException e, boolean gzip) {
        if (gzip && e instanceof EOFException) return "truncated gzip data (unexpected end of file)";
        if (e instanceof ZipException) return "corrupt gzip data (" + e.getMessage() + ")";
        if (e instanceof EOFException) return "unexpected end of file";
        return IoReasons.reason(e);
    }
}
