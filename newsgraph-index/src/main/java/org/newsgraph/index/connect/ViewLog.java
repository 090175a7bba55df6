package org.newsgraph.index.connect;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.dedup.CopyGroup;
import org.newsgraph.index.internal.Json;
import org.newsgraph.story.Story;
import org.newsgraph.story.TimelineDay;
import org.newsgraph.story.TimelineItem;

/**
 * Writes the readers' view, a log of {@link ViewLine}s: a pass appends what it changed, ending with a generation
 * line, and the log is rewritten whole (compacted, atomically) only when it has doubled since it was last written
 * whole, or when it does not end at the state's generation (a crash between the journal and the view).
 */
final class ViewLog {

    private static final ObjectWriter LINE = Json.MAPPER.writerFor(ViewLine.class);

    private final Path file;
    private long compactedBytes = -1;
    private long generation = -1;

    ViewLog(Path file) {
        this.file = file;
    }

    /**
     * Appends the lines of what changed since the state stood at {@code since} operations, or rewrites the whole view
     * from the state when the view does not end there, has doubled since it was last rewritten, or {@code since} is
     * negative (the state was rebuilt: its operation counts are not those the view was written at).
     */
    void publish(ConnectState state, List<ViewLine> changes, long since) throws IOException {
        if (generation < 0) generation = lastGeneration();
        if (generation == state.operations() && since >= 0) return;
        long size = Files.exists(file) ? Files.size(file) : 0;
        if (compactedBytes < 0) compactedBytes = size;
        long from = generation;
        generation = -1; // until this write is through, the next one rewrites
        if (since < 0 || from != since || size > 2 * compactedBytes + (1 << 20)) {
            rewrite(state);
            compactedBytes = Files.size(file);
        } else {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
                for (ViewLine line : changes) write(out, line);
                write(out, ViewLine.at(state.operations()));
                out.flush();
                ch.force(false);
            }
        }
        generation = state.operations();
    }

    private void rewrite(ConnectState state) throws IOException {
        StateFile.writeAtomically(file, out -> {
            for (int ordinal = 0; ordinal < state.storyCount(); ordinal++) {
                Story s = state.story(ordinal);
                if (s == null) continue;
                Map<String, List<TimelineItem>> items = new HashMap<>();
                for (TimelineDay d : s.timeline()) {
                    for (TimelineItem i : d.items()) items.computeIfAbsent(i.articleId(), k -> new ArrayList<>()).add(i);
                }
                boolean any = false;
                for (String id : s.articleIds()) {
                    if (!state.isLive(id)) continue;
                    write(out, ViewLine.of(state.line(id, s.id(), items.getOrDefault(id, List.of()))));
                    any = true;
                }
                if (any) write(out, ViewLine.of(label(s)));
            }
            for (CopyGroup g : state.groups()) write(out, ViewLine.of(g));
            write(out, ViewLine.at(state.operations()));
        });
    }

    static ViewLine.Label label(Story s) {
        return new ViewLine.Label(s.id(), s.label(), s.keyEntities(), s.keyTerms(), s.follows());
    }

    private static void write(OutputStream out, ViewLine line) throws IOException {
        byte[] json = LINE.writeValueAsBytes(line);
        out.write(json);
        out.write('\n');
    }

    /** The generation of the view's last line, or -1 when there is no view or it does not end with one. */
    private long lastGeneration() throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long len = f.length();
            int tail = (int) Math.min(len, 256);
            byte[] buf = new byte[tail];
            f.seek(len - tail);
            f.readFully(buf);
            String text = new String(buf, StandardCharsets.UTF_8);
            if (!text.endsWith("\n")) return -1;
            int start = text.lastIndexOf('\n', text.length() - 2) + 1;
            ViewLine last = Json.MAPPER.readValue(text.substring(start), ViewLine.class);
            return last.generation() == null ? -1 : last.generation();
        } catch (FileNotFoundException | NoSuchFileException e) {
            return -1;
        } catch (IOException e) {
            return -1; // unparsable tail: rewritten
        }
    }
}
