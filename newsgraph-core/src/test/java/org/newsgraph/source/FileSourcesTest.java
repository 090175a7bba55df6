package org.newsgraph.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.PageExtractor;
import org.newsgraph.model.PageFormat;

class FileSourcesTest {

    private static final String HTML = "<!doctype html><html><head><title>T</title></head><body><p>Body</p></body></html>";
    private static final String TEXT = "A headline\n\nThe first paragraph of a plain text scrape.\n";

    @TempDir
    Path dir;

    @Test
    void reads_a_text_file_as_one_text_page() throws IOException {
        Path f = write("story.txt", TEXT);
        CollectingSink sink = CollectingSink.read(f.toString());
        assertThat(sink.failures).isEmpty();
        assertThat(sink.pages).singleElement().satisfies(p -> {
            assertThat(p.format()).isEqualTo(PageFormat.TEXT);
            assertThat(p.source().path()).isEqualTo(f.toString());
            assertThat(p.charset()).isNull();
        });
        assertThat(sink.text(0)).isEqualTo(TEXT);
    }

    @Test
    void reads_html_by_suffix_and_by_content_when_the_name_says_nothing() throws IOException {
        Path named = write("page.htm", HTML);
        Path unnamed = write("download", "\n  <!-- saved page -->\n<HTML><body><p>x</p></body></HTML>");
        Path plain = write("notes", "Just words, no tags at all, though it mentions a <b> once.");
        assertThat(CollectingSink.read(named.toString()).pages.get(0).format()).isEqualTo(PageFormat.HTML);
        assertThat(CollectingSink.read(unnamed.toString()).pages.get(0).format()).isEqualTo(PageFormat.HTML);
        assertThat(CollectingSink.read(plain.toString()).pages.get(0).format()).isEqualTo(PageFormat.TEXT);
    }

    @Test
    void gunzips_by_magic_number_even_without_a_gz_suffix() throws IOException {
        Path gz = dir.resolve("page.html.gz");
        Files.write(gz, gzip(HTML.getBytes(StandardCharsets.UTF_8)));
        Path disguised = dir.resolve("page.html");
        Files.write(disguised, gzip(HTML.getBytes(StandardCharsets.UTF_8)));
        for (Path p : new Path[] {gz, disguised}) {
            CollectingSink sink = CollectingSink.read(p.toString());
            assertThat(sink.failures).isEmpty();
            assertThat(sink.text(0)).isEqualTo(HTML);
            assertThat(sink.pages.get(0).format()).isEqualTo(PageFormat.HTML);
        }
    }

    @Test
    void an_empty_file_is_skipped_and_named_not_failed() throws IOException {
        Path f = write("empty.txt", "");
        CollectingSink sink = CollectingSink.read(f.toString());
        assertThat(sink.failures).isEmpty();
        assertThat(sink.skipped).containsExactly(f + ": empty file");
    }

    @Test
    void a_missing_path_is_an_error_naming_it() {
        String missing = dir.resolve("nope.html").toString();
        assertThat(CollectingSink.read(missing).failures).containsExactly(missing + ": no such file or directory");
    }

    @Test
    void binary_files_are_named_by_their_format_whatever_their_suffix() throws IOException {
        Path png = dir.resolve("photo.txt");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        Path pdf = write("paper.html", "%PDF-1.7\n%binary follows");
        Path noise = dir.resolve("noise");
        byte[] bytes = new byte[2048];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i * 7 % 31);
        Files.write(noise, bytes);
        assertThat(CollectingSink.read(png.toString()).failures).containsExactly(png + ": binary file (PNG image)");
        assertThat(CollectingSink.read(pdf.toString()).failures).containsExactly(pdf + ": binary file (PDF document)");
        assertThat(CollectingSink.read(noise.toString()).failures).singleElement().asString()
                .startsWith(noise + ": binary file");
    }

    @Test
    void a_utf16_page_with_a_bom_is_text_not_binary() throws IOException {
        Path f = dir.resolve("u16.html");
        Files.write(f, ("\uFEFF" + HTML).getBytes(StandardCharsets.UTF_16LE));
        CollectingSink sink = CollectingSink.read(f.toString());
        assertThat(sink.failures).isEmpty();
        assertThat(sink.pages.get(0).format()).isEqualTo(PageFormat.HTML);
    }

    @Test
    void a_utf16_page_without_a_bom_is_decoded_in_its_byte_order() throws IOException {
        String body = "The mayor of M\u00fcnchen said the caf\u00e9 will reopen in the spring after repairs.";
        Path html = dir.resolve("le.html");
        Files.write(html, ("<html><head><title>Caf\u00e9</title></head><body><p>" + body + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_16LE));
        Path text = dir.resolve("be.txt");
        Files.write(text, ("A headline\n\n" + body + "\n").getBytes(StandardCharsets.UTF_16BE));
        for (Path f : new Path[] {html, text}) {
            CollectingSink sink = CollectingSink.read(f.toString());
            assertThat(sink.failures).isEmpty();
            assertThat(PageExtractor.standard().extract(sink.pages.get(0)).get(0).text()).contains(body);
        }
    }

    @Test
    void json_lines_in_utf16_without_a_bom_is_an_error_that_says_how_to_fix_it() throws IOException {
        Path f = dir.resolve("items.jsonl");
        Files.write(f, "{\"text\": \"x\"}\n".getBytes(StandardCharsets.UTF_16LE));
        CollectingSink sink = CollectingSink.read(f.toString());
        assertThat(sink.pages).isEmpty();
        assertThat(sink.failures).containsExactly(
                f + ": json lines in UTF-16LE without a byte-order mark is not read; re-encode it as UTF-8");
    }

    @Test
    void a_truncated_gzip_page_keeps_its_opening_as_a_cut_off_page_and_names_the_cut() throws IOException {
        String whole = TEXT.repeat(2000);
        byte[] gz = gzip(whole.getBytes(StandardCharsets.UTF_8));
        Path f = dir.resolve("cut.txt.gz");
        Files.write(f, Arrays.copyOf(gz, gz.length / 2));
        CollectingSink sink = CollectingSink.read(f.toString());
        assertThat(sink.failures).singleElement().asString()
                .startsWith(f + ": truncated gzip data (unexpected end of file); the ")
                .endsWith(" before the cut kept as a truncated snippet");
        assertThat(sink.pages).singleElement().satisfies(p -> {
            assertThat(p.hints().cutOff()).isTrue();
            assertThat(p.format()).isEqualTo(PageFormat.TEXT);
        });
        assertThat(sink.text(0)).isNotEmpty().hasSizeLessThan(whole.length());
        assertThat(whole).startsWith(sink.text(0));
    }

    @Test
    void a_gzip_cut_before_any_data_is_only_an_error_naming_the_input() throws IOException {
        byte[] gz = gzip(TEXT.getBytes(StandardCharsets.UTF_8));
        Path f = dir.resolve("stub.txt.gz");
        Files.write(f, Arrays.copyOf(gz, 12));
        CollectingSink sink = CollectingSink.read(f.toString());
        assertThat(sink.pages).isEmpty();
        assertThat(sink.failures).containsExactly(f + ": truncated gzip data (unexpected end of file)");
    }

    @Test
    void a_page_over_the_cap_is_refused_by_its_size_without_being_read() throws IOException {
        Path big = dir.resolve("huge.html");
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write("<html><body>".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "<p>filler paragraph</p>\n".repeat(4096).getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written < 40L << 20; written += chunk.length) out.write(chunk);
        }
        long before = allocatedBytes();
        CollectingSink sink = CollectingSink.read(big.toString(), new SourceOptions(1L << 20));
        long allocated = allocatedBytes() - before;
        assertThat(sink.pages).isEmpty();
        assertThat(sink.failures).containsExactly(big + ": page of 40 MiB is larger than the 1 MiB page limit");
        assertThat(allocated).as("bytes allocated while refusing a 40 MiB page").isLessThan(4L << 20);
    }

    @Test
    void a_gzipped_page_over_the_cap_stops_reading_at_the_cap() throws IOException {
        Path big = dir.resolve("huge.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(big))) {
            byte[] chunk = "word ".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written < 200L << 20; written += chunk.length) out.write(chunk);
        }
        long before = allocatedBytes();
        CollectingSink sink = CollectingSink.read(big.toString(), new SourceOptions(1L << 20));
        long allocated = allocatedBytes() - before;
        assertThat(sink.failures).containsExactly(big + ": page larger than the 1 MiB page limit");
        assertThat(allocated).as("bytes allocated while refusing a 200 MiB gzipped page").isLessThan(16L << 20);
    }

    @Test
    void folders_are_walked_recursively_in_name_order_skipping_hidden_entries() throws IOException {
        Files.createDirectories(dir.resolve("b/inner"));
        Files.createDirectories(dir.resolve(".git"));
        write("b/inner/z.txt", "z page");
        write("b/a.txt", "b/a page");
        write("c.txt", "c page");
        write("a.txt", "a page");
        write(".hidden.txt", "hidden page");
        write(".git/config.txt", "hidden too");
        CollectingSink sink = CollectingSink.read(dir.toString());
        assertThat(sink.pages).extracting(p -> dir.relativize(Path.of(p.source().path())).toString())
                .containsExactly("a.txt", "b/a.txt", "b/inner/z.txt", "c.txt");
        // what a run that shares files out to workers lists: the same files in the same order
        assertThat(Sources.files(dir.toString(), new CollectingSink()))
                .extracting(f -> dir.relativize(Path.of(f)).toString())
                .containsExactly("a.txt", "b/a.txt", "b/inner/z.txt", "c.txt");
        assertThat(Sources.files(dir.resolve("c.txt").toString(), new CollectingSink()))
                .containsExactly(dir.resolve("c.txt").toString());
    }

    @Test
    void links_to_folders_are_followed_and_a_link_back_up_the_tree_is_named_not_walked_again() throws IOException {
        Path root = Files.createDirectories(dir.resolve("crawl"));
        Files.createDirectories(dir.resolve("elsewhere"));
        write("elsewhere/strike.txt", "strike page");
        write("crawl/a.txt", "a page");
        Files.createSymbolicLink(root.resolve("b-linked"), dir.resolve("elsewhere"));
        Files.createSymbolicLink(root.resolve("c-loop"), root);
        CollectingSink sink = CollectingSink.read(root.toString());
        assertThat(sink.pages).extracting(p -> root.relativize(Path.of(p.source().path())).toString())
                .containsExactly("a.txt", "b-linked/strike.txt");
        assertThat(sink.skipped).singleElement().asString()
                .startsWith(root.resolve("c-loop") + ": a link to a folder already read");
        assertThat(sink.failures).isEmpty();
    }

    @Test
    void stdin_is_sniffed_like_a_file() {
        CollectingSink html = new CollectingSink();
        Sources.open("-", SourceOptions.DEFAULT, new ByteArrayInputStream(gzip(HTML.getBytes(StandardCharsets.UTF_8))))
                .read(html);
        assertThat(html.pages).singleElement().satisfies(p -> {
            assertThat(p.format()).isEqualTo(PageFormat.HTML);
            assertThat(p.source().path()).isEqualTo("-");
        });
        CollectingSink empty = new CollectingSink();
        Sources.open("-", SourceOptions.DEFAULT, new ByteArrayInputStream(new byte[0])).read(empty);
        assertThat(empty.failures).isEmpty();
        assertThat(empty.skipped).containsExactly("-: empty file");
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    static byte[] gzip(byte[] data) {
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
                out.write(data);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
                .getThreadAllocatedBytes(Thread.currentThread().getId());
    }
}
