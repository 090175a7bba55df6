package org.newsgraph.source;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.newsgraph.model.PageFormat;
import org.newsgraph.model.PageHints;
import org.newsgraph.model.RawPage;
import org.newsgraph.model.SourceRef;

/**
 * One file, or stdin: gunzipped when it starts with the gzip magic number, then read as the kind its name or its
 * first bytes announce (a single text or HTML page, a WARC, JSON Lines).
 */
final class FileSource implements PageSource {

    private final String name;
    private final Path path;
    private final InputStream stdin;
    private final SourceOptions options;

    private FileSource(String name, Path path, InputStream stdin, SourceOptions options) {
        this.name = name;
        this.path = path;
        this.stdin = stdin;
        this.options = options;
    }

    static FileSource file(String name, Path path, SourceOptions options) {
        return new FileSource(name, path, null, options);
    }

    static FileSource stdin(InputStream in, SourceOptions options) {
        return new FileSource("-", null, in, options);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void read(PageSink sink) {
        SourceRef ref = SourceRef.ofPath(name);
        boolean gzip = false;
        try (InputStream raw = open()) {
            if (raw == null) {
                sink.failure(ref, path != null && Files.exists(path) ? "not a regular file" : "no such file or directory");
                return;
            }
            BufferedInputStream in = Streams.buffered(raw);
            gzip = Streams.isGzip(in);
            CutTolerantGzip gunzipped = gzip ? new CutTolerantGzip(in) : null;
            BufferedInputStream data = gzip ? Streams.buffered(gunzipped) : in;
            byte[] head = new byte[Sniffer.HEAD_BYTES];
            int n = Streams.peek(data, head);
            if (n == 0) {
                // nothing to read is not a fault to fix: a scrape that saved no page, a placeholder file
                sink.skipped(ref, gzip ? "empty file (after gunzip)" : "empty file");
                return;
            }
            InputKind byName = path == null ? null : InputKind.fromName(path.getFileName().toString());
            Sniffer.Result kind = Sniffer.sniff(head, n, byName);
            if (kind.isBinary()) {
                sink.failure(ref, kind.binaryReason());
                return;
            }
            if (kind.charset() != null && kind.kind() != InputKind.HTML && kind.kind() != InputKind.TEXT) {
                // Only page decoding takes a charset; the JSON Lines, feed and WARC readers expect ASCII-based bytes.
                sink.failure(ref, kind.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " in "
                        + kind.charset() + " without a byte-order mark is not read; re-encode it as UTF-8");
                return;
            }
            switch (kind.kind()) {
                case WARC -> readWarc(data, sink);
                case JSON_LINES -> new JsonLinesReader(name, options).read(data, sink);
                case JSON -> new JsonDocumentReader(name).read(data, sink);
                case FEED -> new FeedReader(name, options).read(data, sink);
                case HTML -> readPage(data, gunzipped, PageFormat.HTML, kind.charset(), ref, sink);
                case TEXT -> readPage(data, gunzipped, PageFormat.TEXT, kind.charset(), ref, sink);
            }
        } catch (IOException e) {
            sink.failure(ref, Streams.describe(e, gzip));
        } catch (RuntimeException e) {
            // A reader's bug must cost this file, not the rest of the folder it was found in. (A sink that unwinds
            // the reader by throwing does so again from this call.)
            sink.failure(ref, "internal error while reading (" + e + ")");
        }
    }

    private InputStream open() throws IOException {
        if (path == null) return new NonClosingInputStream(stdin);
        if (!Files.isRegularFile(path)) return null;
        return Files.newInputStream(path);
    }

    private void readWarc(BufferedInputStream data, PageSink sink) throws IOException {
        WarcSource warc = new WarcSource(name, options);
        // jwarc reads gzip members itself, which gives offsets into the file as stored; stdin cannot seek back.
        if (path != null) warc.read(path, sink);
        else warc.read(data, sink);
    }

    /**
     * @param gunzipped the gzip layer under {@code data}, or null when the file was not gzipped
     * @param charset   an encoding the sniffer saw in the bytes, or null to let the decoder find it
     */
    private void readPage(InputStream data, CutTolerantGzip gunzipped, PageFormat format, String charset,
            SourceRef ref, PageSink sink) throws IOException {
        long cap = options.maxPageBytes();
        if (gunzipped != null) gunzipped.endAtCut();
        if (path != null && gunzipped == null) {
            long size = Files.size(path);
            if (size > cap) {
                sink.failure(ref, "page of " + Sizes.describe(size) + " is larger than the " + options.describeCap()
                        + " page limit");
                return;
            }
        }
        byte[] bytes = Streams.readCapped(data, cap);
        if (bytes == null) {
            sink.failure(ref, "page larger than the " + options.describeCap() + " page limit");
            return;
        }
        IOException cut = gunzipped == null ? null : gunzipped.cut();
        if (cut == null) {
            sink.page(new RawPage(ref, format, bytes, charset, null));
        } else if (bytes.length == 0) {
            sink.failure(ref, Streams.describe(cut, true));
        } else {
            // A page cut off in transfer still holds its opening (headline, byline, first paragraphs), as a feed's
            // teaser does, and is kept the way a teaser is: a truncated snippet that no quote or event is read
            // from. The cut is still reported, so the run's summary counts the file as failed.
            sink.failure(ref, Streams.describe(cut, true) + "; the " + Sizes.describe(bytes.length)
                    + " before the cut kept as a truncated snippet");
            sink.page(new RawPage(ref, format, bytes, charset, PageHints.CUT_OFF));
        }
    }

    /** Lets stdin be read through try-with-resources without closing the process's own stream. */
    private static final class NonClosingInputStream extends FilterInputStream {
        NonClosingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
