package org.newsgraph.index.connect;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The placements and removals applied to the connect state since its last snapshot, one line each, appended and
 * forced to disk by every pass: {@code +ID<TAB>FINGERPRINT} or {@code -ID}. The first line, {@code @HISTORY BASE},
 * names the state it continues and that state's operation count. The algorithms are deterministic given the order,
 * so replaying the lines over the snapshot gives exactly the state that wrote them, at a cost per pass that follows
 * the pass and not the size of the knowledge base. A line cut short by a crash is dropped when the journal is read.
 */
final class Journal {

    /** One placement ({@code fingerprint} set) or removal. */
    record Entry(boolean placed, String articleId, long fingerprint) {
    }

    private final Path file;
    private final long history;
    private final long base;
    private final List<Entry> entries;

    private Journal(Path file, long history, long base, List<Entry> entries) {
        this.file = file;
        this.history = history;
        this.base = base;
        this.entries = entries;
    }

    /** Reads the journal, cutting off a torn last line; null when there is none or its header is unreadable. */
    static Journal read(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        }
        int complete = 0;
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines.add(new String(bytes, complete, i - complete, StandardCharsets.UTF_8));
                complete = i + 1;
            }
        }
        if (lines.isEmpty() || !lines.get(0).startsWith("@")) return null;
        String[] header = lines.get(0).substring(1).split(" ");
        List<Entry> entries = new ArrayList<>(lines.size());
        try {
            for (String line : lines.subList(1, lines.size())) entries.add(parse(line));
            if (complete < bytes.length) {
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    ch.truncate(complete);
                    ch.force(true);
                }
            }
            return new Journal(file, Long.parseLong(header[0]), Long.parseLong(header[1]), entries);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Starts an empty journal after the given state (its snapshot must be on disk first). */
    static Journal startAfter(Path file, ConnectState state) throws IOException {
        String header = "@" + state.history() + " " + state.operations() + "\n";
        StateFile.writeAtomically(file, out -> out.write(header.getBytes(StandardCharsets.UTF_8)));
        return new Journal(file, state.history(), state.operations(), new ArrayList<>());
    }

    /** Whether this journal continues {@code state}'s history from no later than where the state stands. */
    boolean continues(ConnectState state) {
        return history == state.history() && base <= state.operations()
                && base + entries.size() >= state.operations();
    }

    /** The entries the state has not applied yet (call only when {@link #continues}). */
    List<Entry> after(ConnectState state) {
        return entries.subList((int) (state.operations() - base), entries.size());
    }

    int size() {
        return entries.size();
    }

    /** Appends and forces to disk: on return the entries survive a crash. */
    void append(List<Entry> more) throws IOException {
        if (more.isEmpty()) return;
        StringBuilder text = new StringBuilder(more.size() * 40);
        for (Entry e : more) {
            text.append(e.placed() ? '+' : '-').append(escape(e.articleId()));
            if (e.placed()) text.append('\t').append(Long.toHexString(e.fingerprint()));
            text.append('\n');
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer buf = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
            while (buf.hasRemaining()) ch.write(buf);
            ch.force(false);
        }
        entries.addAll(more);
    }

    private static Entry parse(String line) {
        if (line.startsWith("+")) {
            int tab = line.lastIndexOf('\t');
            return new Entry(true, unescape(line.substring(1, tab)), Long.parseUnsignedLong(line.substring(tab + 1), 16));
        }
        if (line.startsWith("-")) return new Entry(false, unescape(line.substring(1)), 0);
        throw new IllegalArgumentException("bad journal line");
    }

    // ids come from the pipeline and may in principle hold any character; the journal's separators must not clash
    private static String escape(String id) {
        return id.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
