package org.newsgraph.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.newsgraph.model.RawPage;
import org.newsgraph.model.SourceRef;
import org.newsgraph.source.PageSink;
import org.newsgraph.source.PageSource;

/**
 * A file or folder input that knows its size in bytes and how many of them reading has passed, so a progress bar can
 * show how much is left. Position moves as the input's pages name their place: a file is counted whole once a page
 * of a later file arrives (or reading ends), and within a file by the byte offset a record carries (WARC), or for a
 * JSON Lines file, whose records carry line numbers only, by the share of its lines read: its lines are counted once,
 * a pass that costs far less than analysing a single record.
 */
final class MeasuredSource implements PageSource {
    private final PageSource inner;
    private final long size;
    private final AtomicLong read = new AtomicLong();

    private MeasuredSource(PageSource inner, long size) {
        this.inner = inner;
        this.size = size;
    }

    /** {@code inner} measured by what {@code path} holds: the regular files a folder walk would read. */
    static MeasuredSource of(PageSource inner, Path path) {
        return new MeasuredSource(inner, bytesUnder(path));
    }

    /** The total size of {@code sources}, or -1 when one of them cannot be measured (stdin, the raw store). */
    static long total(List<PageSource> sources) {
        long total = 0;
        for (PageSource s : sources) {
            if (!(s instanceof MeasuredSource m)) return -1;
            total += m.size;
        }
        return total;
    }

    /** Bytes of {@code sources} read so far; meaningful when {@link #total} is not -1. */
    static long read(List<PageSource> sources) {
        long read = 0;
        for (PageSource s : sources) {
            if (s instanceof MeasuredSource m) read += m.read.get();
        }
        return read;
    }

    long size() {
        return size;
    }

    long bytesRead() {
        return read.get();
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public void read(PageSink sink) {
        Position position = new Position();
        inner.read(new PageSink() {
            @Override
            public void page(RawPage page) {
                position.at(page.source());
                sink.page(page);
            }

            @Override
            public void failure(SourceRef where, String reason) {
                position.at(where);
                sink.failure(where, reason);
            }

            @Override
            public void skipped(SourceRef where, String reason) {
                position.at(where);
                sink.skipped(where, reason);
            }
        });
        read.set(size);
    }

    /** Files done plus the offset into the current one; touched by the reading thread only. */
    private final class Position {
        private String file;
        private long fileSize;
        private long fileLines = -1;
        private long done;

        void at(SourceRef where) {
            if (where == null || where.path() == null) return;
            if (!Objects.equals(where.path(), file)) {
                done += fileSize;
                file = where.path();
                fileSize = fileSize(file);
                fileLines = -1;
            }
            long within = where.offset() != null ? where.offset()
                    : where.line() != null ? fileSize * where.line() / lines() : 0;
            read.set(Math.min(size, done + Math.min(Math.max(within, 0), fileSize)));
        }

        private long lines() {
            if (fileLines < 0) fileLines = Math.max(1, countLines(file));
            return fileLines;
        }
    }

    /** Lines of a file, read through gzip when it is gzipped; 0 when unreadable (reading it will say why). */
    static long countLines(String path) {
        try (InputStream in = open(Path.of(path))) {
            byte[] buffer = new byte[1 << 16];
            long lines = 0;
            boolean pending = false;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') lines++;
                }
                if (n > 0) pending = buffer[n - 1] != '\n';
            }
            return pending ? lines + 1 : lines;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static InputStream open(Path path) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(path));
        in.mark(2);
        boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
        in.reset();
        return gzip ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static long fileSize(String path) {
        try {
            return Files.size(Path.of(path));
        } catch (IOException | RuntimeException e) {
            return 0; // unreadable: reading it fails at once, so it adds nothing to wait for
        }
    }

    /** Regular files under {@code path} as {@code FolderSource} walks it: no dot-names, no links to folders. */
    private static long bytesUnder(Path path) {
        if (!Files.isDirectory(path)) return Files.isRegularFile(path) ? fileSize(path.toString()) : 0;
        try (Stream<Path> entries = Files.list(path)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith("."))
                    .mapToLong(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? bytesUnder(p)
                            : Files.isDirectory(p) ? 0 : fileSize(p.toString()))
                    .sum();
        } catch (IOException | UncheckedIOException e) {
            return 0; // an unreadable folder is reported when read, and adds nothing to wait for
        }
    }
}
