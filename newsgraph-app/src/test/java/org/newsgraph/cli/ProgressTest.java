package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.RawPage;
import org.newsgraph.model.SourceRef;
import org.newsgraph.source.PageSink;
import org.newsgraph.source.PageSource;
import org.newsgraph.source.SourceOptions;
import org.newsgraph.source.Sources;

class ProgressTest {
    @TempDir
    Path dir;

    @Test
    void a_folder_is_measured_as_the_files_a_walk_reads_and_reading_advances_to_its_whole_size() throws Exception {
        Files.writeString(dir.resolve("a.html"), "<html><title>A</title><p>" + "a".repeat(1000) + "</p></html>");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/b.html"), "<html><title>B</title><p>" + "b".repeat(3000) + "</p></html>");
        Files.writeString(dir.resolve(".hidden"), "x".repeat(5000)); // skipped by the walk, so not counted
        long expected = Files.size(dir.resolve("a.html")) + Files.size(dir.resolve("sub/b.html"));

        MeasuredSource source = MeasuredSource.of(Sources.open(dir.toString(), new SourceOptions(1 << 20), null), dir);
        assertThat(source.size()).isEqualTo(expected);
        List<Long> positions = positionsAtEachPage(source);
        // a.html is counted once b.html's page arrives, and everything once reading ends
        assertThat(positions).containsExactly(0L, Files.size(dir.resolve("a.html")));
        assertThat(source.bytesRead()).isEqualTo(expected);
        assertThat(MeasuredSource.total(List.of(source))).isEqualTo(expected);
    }

    @Test
    void a_gzipped_json_lines_file_advances_by_the_share_of_its_lines_read() throws Exception {
        Path file = dir.resolve("articles.jsonl.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
            for (int i = 1; i <= 4; i++) {
                out.write(("{\"id\":\"a" + i + "\",\"title\":\"Story " + i + "\",\"text\":\"" + "word ".repeat(50 * i)
                        + "\"}\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        assertThat(MeasuredSource.countLines(file.toString())).isEqualTo(4);
        MeasuredSource source = MeasuredSource.of(Sources.open(file.toString(), new SourceOptions(1 << 20), null), file);
        long size = Files.size(file);
        List<Long> positions = positionsAtEachPage(source);
        assertThat(positions).containsExactly(size / 4, size / 2, size * 3 / 4, size);
    }

    @Test
    void inputs_of_unknown_size_leave_the_total_unknown() {
        PageSource stdin = Sources.open("-", new SourceOptions(1 << 20), new java.io.ByteArrayInputStream(new byte[0]));
        assertThat(MeasuredSource.total(List.of(stdin))).isEqualTo(-1);
    }

    @Test
    void a_bar_over_a_known_total_shows_bytes_pages_and_the_time_left() throws Exception {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        AtomicLong read = new AtomicLong();
        try (Progress p = Progress.bytes("ingest", new PrintStream(sink, true, StandardCharsets.UTF_8), 10_000_000,
                read::get)) {
            for (int i = 1; i <= 4; i++) {
                read.set(i * 1_000_000L);
                p.step();
                Thread.sleep(300); // past the bar's refresh interval, so it draws
            }
        }
        String drawn = sink.toString(StandardCharsets.UTF_8);
        assertThat(drawn).contains("ingest").contains("/10000 kB").contains("4 pages");
        // the default renderer ends with (elapsed / time left); a time left is only drawn when the total is known
        assertThat(drawn).containsPattern("\\(\\d+:\\d\\d:\\d\\d / \\d+:\\d\\d:\\d\\d\\)");
    }

    /** How far reading had got, in bytes, as each page arrived. */
    private static List<Long> positionsAtEachPage(MeasuredSource source) {
        List<Long> positions = new ArrayList<>();
        source.read(new PageSink() {
            @Override
            public void page(RawPage page) {
                positions.add(source.bytesRead());
            }

            @Override
            public void failure(SourceRef where, String reason) {
                throw new AssertionError(where + ": " + reason);
            }

            @Override
            public void skipped(SourceRef where, String reason) {
            }
        });
        return positions;
    }
}
