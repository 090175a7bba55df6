package org.newsgraph.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.newsgraph.model.PageFormat;
import org.newsgraph.model.RawPage;
import org.newsgraph.model.SourceRef;

/**
 * Streams the HTML pages of a WARC or WARC.gz file record by record: only {@code response} records carrying a
 * 200 HTML page become pages; other responses are counted as skipped; other record types (requests, metadata,
 * warcinfo) are not pages and pass silently. A malformed record is reported at its byte offset, and reading goes
 * on from the next record boundary found after it (the next gzip member, or the next {@code WARC/1.} line).
 */
final class WarcSource {

    /** After this many malformed records in one file the rest of it is not worth scanning. */
    private static final int MAX_FAILURES = 100;
    private static final byte[] GZIP_MEMBER = {0x1F, (byte) 0x8B, 0x08};
    private static final byte[] WARC_LINE = "\nWARC/1.".getBytes(StandardCharsets.US_ASCII);

    private final String name;
    private final SourceOptions options;
    private int failures;
    /** The offset of the last record already reported as broken, so its framing error is not reported twice. */
    private long reported = -1;
    private boolean gzip;

    WarcSource(String name, SourceOptions options) {
        this.name = name;
        this.options = options;
    }

    /** Reads a seekable file, resynchronising after malformed records. */
    void read(Path path, PageSink sink) throws IOException {
        try (FileChannel channel = FileChannel.open(path)) {
            long from = 0;
            while (from >= 0) {
                channel.position(from);
                from = readFrom(channel, sink, true);
                if (from >= 0) from = nextBoundary(channel, from);
            }
        }
    }

    /** Reads a stream (stdin) in one pass: after a malformed record there is no going back to look for the next. */
    void read(InputStream in, PageSink sink) throws IOException {
        readFrom(Channels.newChannel(in), sink, false);
    }

    /** Reads records until the end (returns -1) or a framing error (returns where to look for the next record). */
    private long readFrom(ReadableByteChannel channel, PageSink sink, boolean canResume) throws IOException {
        WarcReader reader = new WarcReader(channel);
        gzip = reader.compression() == WarcCompression.GZIP;
        while (true) {
            Optional<WarcRecord> next;
            try {
                next = reader.next();
            } catch (IOException | RuntimeException e) {
                long at = reader.position();
                if (at == reported) return canResume ? at + 1 : -1;
                if (++failures > MAX_FAILURES) {
                    sink.failure(at(at, null), "too many malformed records, stopped reading");
                    return -1;
                }
                sink.failure(at(at, null), "malformed WARC record (" + reason(e, gzip) + ")"
                        + (canResume ? "" : ", stopped reading"));
                return canResume ? at + 1 : -1;
            }
            if (next.isEmpty()) return -1;
            if (next.get() instanceof WarcResponse response) {
                readResponse(response, reader.position(), sink);
            }
        }
    }

    private void readResponse(WarcResponse response, long offset, PageSink sink) {
        SourceRef ref = at(offset, response);
        try {
            if (response.headers().first("WARC-Record-ID").isEmpty()) {
                throw new IllegalArgumentException("no WARC-Record-ID");
            }
            MediaType type = response.contentType();
            if (!type.base().equals(MediaType.HTTP) && !type.base().equals(MediaType.HTTP_RESPONSE)) {
                sink.skipped(ref, "not an HTTP response (" + type + ")");
                return;
            }
            HttpResponse http = response.http();
            if (http.status() != 200) {
                sink.skipped(ref, "HTTP status " + http.status());
                return;
            }
            Optional<String> header = http.headers().first("Content-Type");
            MediaType payloadType = header.map(MediaType::parseLeniently).orElse(null);
            String charset = payloadType == null ? null : payloadType.parameters().get("charset");
            try (InputStream body = http.bodyDecoded().stream()) {
                byte[] bytes = Streams.readCapped(body, options.maxPageBytes());
                if (bytes == null) {
                    sink.failure(ref, "payload larger than the " + options.describeCap() + " page limit");
                } else if (!isHtml(payloadType, bytes)) {
                    sink.skipped(ref, "not HTML (" + (payloadType == null ? "no Content-Type" : payloadType.base())
                            + ")");
                } else {
                    sink.page(new RawPage(ref, PageFormat.HTML, bytes, charset, null));
                }
            }
        } catch (IOException | RuntimeException e) {
            // Whatever a malformed record makes jwarc throw costs that record, not the file.
            reported = offset;
            failures++;
            sink.failure(ref, "malformed WARC record (" + reason(e, gzip) + ")");
        }
    }

    /** HTML by the declared type; when the server sent none, by a look at the bytes. */
    private static boolean isHtml(MediaType type, byte[] body) {
        if (type != null) {
            String base = type.base().toString().toLowerCase(Locale.ROOT);
            return base.equals("text/html") || base.equals("application/xhtml+xml");
        }
        Sniffer.Result sniff = Sniffer.sniff(body, Math.min(body.length, Sniffer.HEAD_BYTES), null);
        return sniff.kind() == InputKind.HTML;
    }

    /**
     * The record id comes from the header itself, without its angle brackets as jwarc's {@code id()} gives it: a
     * record without one is malformed, and {@code id()} would throw.
     */
    private SourceRef at(long offset, WarcResponse response) {
        if (response == null) return new SourceRef(name, null, null, offset, null);
        String id = response.headers().first("WARC-Record-ID")
                .map(v -> v.startsWith("<") && v.endsWith(">") ? v.substring(1, v.length() - 1) : v).orElse(null);
        return new SourceRef(name, null, id, offset, response.target(), captured(response));
    }

    /** A malformed WARC-Date costs the bound it gives, not the record. */
    private static String captured(WarcResponse response) {
        try {
            return response.headers().first("WARC-Date").isEmpty() ? null : response.date().toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String reason(Exception e, boolean gzip) {
        return e instanceof IOException io ? Streams.describe(io, gzip) : String.valueOf(e.getMessage());
    }

    /**
     * The offset of the next place a record may start at or after {@code from}: a gzip member header in a WARC.gz,
     * a {@code WARC/1.} line otherwise; -1 when there is none.
     */
    private static long nextBoundary(FileChannel channel, long from) throws IOException {
        byte[] first = new byte[2];
        channel.position(0);
        boolean gzip = channel.read(ByteBuffer.wrap(first)) == 2 && first[0] == GZIP_MEMBER[0]
                && first[1] == GZIP_MEMBER[1];
        byte[] signature = gzip ? GZIP_MEMBER : WARC_LINE;
        ByteBuffer buf = ByteBuffer.allocate(Streams.BUFFER);
        long base = Math.max(0, from - (gzip ? 0 : 1));
        channel.position(base);
        int keep = 0;
        while (true) {
            buf.position(keep);
            int n = channel.read(buf);
            if (n <= 0) return -1;
            int len = keep + n;
            byte[] a = buf.array();
            for (int i = 0; i + signature.length <= len; i++) {
                if (matches(a, i, signature) && base + i >= from - (gzip ? 0 : 1)) {
                    return base + i + (gzip ? 0 : 1);
                }
            }
            keep = Math.min(signature.length - 1, len);
            System.arraycopy(a, len - keep, a, 0, keep);
            base += len - keep;
        }
    }

    private static boolean matches(byte[] a, int at, byte[] signature) {
        for (int j = 0; j < signature.length; j++) if (a[at + j] != signature[j]) return false;
        return true;
    }
}
