package org.newsgraph.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without ever buffering more than {@code cap} bytes of one line: a longer line is
 * skipped to its end and reported as too long.
 */
final class LineReader {

    /** One line without its terminator; {@code bytes} is only valid until the next call. */
    record Line(byte[] bytes, int length, boolean tooLong) {
    }

    private final InputStream in;
    private final long cap;
    private final byte[] buf = new byte[Streams.BUFFER];
    private int pos;
    private int limit;
    private byte[] line = new byte[1024];

    LineReader(InputStream in, long cap) {
        this.in = in;
        this.cap = cap;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        int len = 0;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                limit = in.read(buf);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any ? finish(len, tooLong) : null;
                }
            }
            any = true;
            int start = pos;
            while (pos < limit && buf[pos] != '\n') pos++;
            int n = pos - start;
            if (!tooLong) {
                if ((long) len + n > cap) {
                    tooLong = true;
                } else {
                    if (len + n > line.length) line = Arrays.copyOf(line, Math.max(len + n, line.length * 2));
                    System.arraycopy(buf, start, line, len, n);
                    len += n;
                }
            }
            if (pos < limit) {
                pos++;
                return finish(len, tooLong);
            }
        }
    }

    private Line finish(int len, boolean tooLong) {
        if (!tooLong && len > 0 && line[len - 1] == '\r') len--;
        return new Line(line, tooLong ? 0 : len, tooLong);
    }
}
