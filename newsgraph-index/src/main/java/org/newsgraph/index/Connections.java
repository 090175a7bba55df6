package org.newsgraph.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.io.BufferedReader;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.dedup.CopyGroup;
import org.newsgraph.index.connect.ViewLine;
import org.newsgraph.index.connect.ViewTable;
import org.newsgraph.index.internal.Json;
import org.newsgraph.story.Story;

/**
 * Stories and copy groups as the connect passes left them (see {@code org.newsgraph.index.connect}): read from the
 * data directory's view log, and followed as an ingest in another process appends to it (checked at most once a
 * second): only the new lines are read, up to the last complete pass, unless the log was rewritten whole.
 * Thread-safe.
 */
public final class Connections {
    private static final long RECHECK_NANOS = 1_000_000_000L;

    /** How stories are listed. */
    public enum Order { NEWEST, LARGEST }

    private final Path file;
    private ViewTable table;
    private Object fileKey;
    private long offset;
    private long lastCheck;
    private final Map<Order, List<Story>> orders = new EnumMap<>(Order.class);

    Connections(Path dataDir) {
        this.file = dataDir.resolve("connect").resolve("view.jsonl");
    }

    /** Whether a connect pass has run on this knowledge base (older bases have none until their next ingest). */
    public synchronized boolean available() {
        return current() != null;
    }

    /** Stories, newest last-seen first (undated last) or largest first, the other order breaking ties. */
    public synchronized Page<StorySummary> stories(Order order, int limit, int offset) {
        List<Story> all = sorted(order);
        return new Page<>(all.size(), offset, all.subList(Math.min(offset, all.size()),
                Math.min(offset + limit, all.size())).stream().map(StorySummary::of).toList());
    }

    /** Every story, largest first. */
    public synchronized List<Story> stories() {
        return sorted(Order.LARGEST);
    }

    public synchronized Optional<Story> story(String id) {
        ViewTable t = current();
        return Optional.ofNullable(t == null ? null : t.story(id));
    }

    /** The story line of the story ({@link ViewTable#line}): itself and the stories linked to it, earliest first. */
    public synchronized List<Story> line(String id) {
        ViewTable t = current();
        return t == null ? List.of() : t.line(id);
    }

    public synchronized Optional<ArticleRef> article(String id) {
        ViewTable t = current();
        return Optional.ofNullable(t == null ? null : t.article(id));
    }

    /** The copy group holding the article, or empty when it has no copies (or was not placed yet). */
    public synchronized Optional<CopyGroup> copiesOf(String articleId) {
        ViewTable t = current();
        return Optional.ofNullable(t == null ? null : t.copiesOf(articleId));
    }

    /** Every group of two or more copies, in the order their first member was placed. */
    public synchronized List<CopyGroup> groups() {
        ViewTable t = current();
        return t == null ? List.of() : t.groups();
    }

    private List<Story> sorted(Order order) {
        ViewTable t = current();
        if (t == null) return List.of();
        return orders.computeIfAbsent(order, o -> {
            Comparator<Story> largest = Comparator.comparingInt(Story::articleCount).reversed();
            Comparator<Story> newest = Comparator.comparing(Story::lastSeen,
                    Comparator.nullsLast(Comparator.<String>reverseOrder()));
            Comparator<Story> c = o == Order.LARGEST ? largest.thenComparing(newest) : newest.thenComparing(largest);
            return t.stories().stream().sorted(c).toList();
        });
    }

    /** The table, brought up to date with the log when a second has passed since the last look. */
    private ViewTable current() {
        long now = System.nanoTime();
        if (table != null && now - lastCheck < RECHECK_NANOS) return table;
        lastCheck = now;
        try {
            if (!Files.exists(file)) return table = null;
            Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
            long size = Files.size(file);
            if (table == null || key == null || !key.equals(fileKey) || size < offset) {
                table = new ViewTable();
                offset = 0;
                fileKey = key;
                orders.clear();
            }
            if (size > offset) follow();
            return table;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Applies the complete passes appended since {@link #offset}. */
    private void follow() throws IOException {
        try (SeekableByteChannel ch = Files.newByteChannel(file)) {
            ch.position(offset);
            BufferedReader in = new BufferedReader(Channels.newReader(ch, StandardCharsets.UTF_8), 1 << 16);
            List<ViewLine> pass = new ArrayList<>();
            long position = offset;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                position += line.getBytes(StandardCharsets.UTF_8).length + 1;
                ViewLine l;
                try {
                    l = Json.MAPPER.readValue(line, ViewLine.class);
                } catch (IOException torn) {
                    break; // a pass still being written: read it next time
                }
                if (l.generation() == null) {
                    pass.add(l);
                    continue;
                }
                for (ViewLine p : pass) table.apply(p);
                pass.clear();
                offset = position;
                orders.clear();
            }
        }
    }
}
