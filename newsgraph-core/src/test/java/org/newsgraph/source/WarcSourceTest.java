package org.newsgraph.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.model.PageFormat;
import org.newsgraph.model.RawPage;
import org.newsgraph.source.WarcFixtures.Capture;

class WarcSourceTest {

    private static final byte[] PAGE_ONE = "<html><body><p>First page</p></body></html>".getBytes(StandardCharsets.UTF_8);
    private static final byte[] PAGE_TWO = "<html><body><p>Caf\u00e9 page</p></body></html>"
            .getBytes(Charset.forName("windows-1252"));
    private static final List<Capture> CAPTURES = List.of(
            new Capture("https://news.example/one", 200, "text/html; charset=utf-8", PAGE_ONE),
            new Capture("https://news.example/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
            new Capture("https://news.example/gone", 404, "text/html", "<p>not found</p>".getBytes()),
            new Capture("https://news.example/two", 200, "text/html;charset=windows-1252", PAGE_TWO));

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void streams_html_responses_with_offsets_record_ids_urls_and_charsets(boolean gzip) throws IOException {
        Path f = dir.resolve(gzip ? "crawl.warc.gz" : "crawl.warc");
        List<Long> offsets = WarcFixtures.write(f, gzip, CAPTURES);
        CollectingSink sink = CollectingSink.read(f.toString());
        assertThat(sink.failures).isEmpty();
        assertThat(sink.skipped).hasSize(2);
        assertThat(sink.skipped.get(0)).endsWith("@" + offsets.get(1) + ": not HTML (image/png)");
        assertThat(sink.skipped.get(1)).endsWith("@" + offsets.get(2) + ": HTTP status 404");
        assertThat(sink.pages).hasSize(2);
        RawPage one = sink.pages.get(0);
        assertThat(one.format()).isEqualTo(PageFormat.HTML);
        assertThat(one.body()).isEqualTo(PAGE_ONE);
        assertThat(one.charset()).isEqualTo("utf-8");
        assertThat(one.source().offset()).isEqualTo(offsets.get(0));
        assertThat(one.source().url()).isEqualTo("https://news.example/one");
        assertThat(one.source().recordId()).startsWith("urn:uuid:");
        assertThat(one.source().captured()).isEqualTo("2024-06-01T12:00:00Z");
        RawPage two = sink.pages.get(1);
        assertThat(two.body()).isEqualTo(PAGE_TWO);
        assertThat(two.charset()).isEqualTo("windows-1252");
        assertThat(two.source().offset()).isEqualTo(offsets.get(3));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void a_malformed_record_is_reported_at_its_offset_and_reading_goes_on(boolean gzip) throws IOException {
        Path f = dir.resolve(gzip ? "broken.warc.gz" : "broken.warc");
        List<Long> offsets = WarcFixtures.write(f, gzip, List.of(
                new Capture("https://news.example/a", 200, "text/html", PAGE_ONE),
                new Capture("https://news.example/b", 200, "text/html", PAGE_ONE),
                new Capture("https://news.example/c", 200, "text/html", PAGE_ONE)));
        byte[] bytes = Files.readAllBytes(f);
        int broken = offsets.get(1).intValue();
        // Overwrite the middle response's header (plain) or compressed data (gzip) with junk.
        for (int i = broken + (gzip ? 12 : 0); i < broken + 40; i++) bytes[i] = (byte) 'Z';
        Files.write(f, bytes);
        CollectingSink sink = CollectingSink.read(f.toString());
        assertThat(sink.pages).extracting(p -> p.source().url())
                .containsExactly("https://news.example/a", "https://news.example/c");
        assertThat(sink.failures).isNotEmpty();
        assertThat(sink.failures.get(0)).startsWith(f + "@" + broken + ": malformed WARC record");
    }

    @Test
    void a_truncated_warc_gz_keeps_the_records_before_the_cut() throws IOException {
        Path f = dir.resolve("cut.warc.gz");
        List<Long> offsets = WarcFixtures.write(f, true, CAPTURES);
        byte[] bytes = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(bytes, offsets.get(3).intValue() + 30));
        CollectingSink sink = CollectingSink.read(f.toString());
        assertThat(sink.pages).extracting(p -> p.source().url()).containsExactly("https://news.example/one");
        assertThat(sink.failures).singleElement().asString().startsWith(f + "@" + offsets.get(3) + ": ")
                .contains("truncated gzip data");
    }

    @Test
    void a_response_without_content_type_is_sniffed() throws IOException {
        Path f = dir.resolve("untyped.warc");
        WarcFixtures.write(f, false, List.of(new Capture("https://news.example/u", 200, null, PAGE_ONE)));
        CollectingSink sink = CollectingSink.read(f.toString());
        assertThat(sink.pages).hasSize(1);
    }

    @Test
    void a_payload_over_the_cap_is_an_error_and_the_next_record_is_read() throws IOException {
        Path f = dir.resolve("big.warc.gz");
        byte[] big = ("<html><body>" + "<p>padding</p>".repeat(10_000) + "</body></html>").getBytes();
        List<Long> offsets = WarcFixtures.write(f, true, List.of(
                new Capture("https://news.example/big", 200, "text/html", big),
                new Capture("https://news.example/small", 200, "text/html", PAGE_ONE)));
        CollectingSink sink = CollectingSink.read(f.toString(), new SourceOptions(64 * 1024));
        assertThat(sink.failures).containsExactly(f + "@" + offsets.get(0) + ": payload larger than the 64 KiB page limit");
        assertThat(sink.pages).extracting(p -> p.source().url()).containsExactly("https://news.example/small");
    }

    @Test
    void a_warc_on_stdin_is_read_in_one_pass() throws IOException {
        Path f = dir.resolve("piped.warc.gz");
        WarcFixtures.write(f, true, CAPTURES);
        CollectingSink sink = new CollectingSink();
        try (InputStream in = Files.newInputStream(f)) {
            Sources.open("-", SourceOptions.DEFAULT, in).read(sink);
        }
        assertThat(sink.pages).extracting(p -> p.source().url())
                .containsExactly("https://news.example/one", "https://news.example/two");
        assertThat(sink.pages.get(0).source().describe()).startsWith("-@");
    }

    @Test
    void a_response_without_a_record_id_costs_that_record_and_the_folder_goes_on() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("crawl"));
        Path f = folder.resolve("a.warc");
        List<Long> offsets = WarcFixtures.write(f, false, List.of(new Capture("https://news.example/a", 200,
                "text/html", PAGE_ONE)));
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>No id</p></body></html>";
        String record = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/no-id\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + http.length()
                + "\r\n\r\n" + http + "\r\n\r\n";
        long broken = Files.size(f);
        Files.write(f, record.getBytes(StandardCharsets.US_ASCII), java.nio.file.StandardOpenOption.APPEND);
        WarcFixtures.write(folder.resolve("b.warc"), false, List.of(new Capture("https://news.example/b", 200,
                "text/html", PAGE_ONE)));

        CollectingSink sink = CollectingSink.read(folder.toString());

        assertThat(sink.pages).extracting(p -> p.source().url())
                .containsExactly("https://news.example/a", "https://news.example/b");
        assertThat(sink.pages.get(0).source().offset()).isEqualTo(offsets.get(0));
        assertThat(sink.failures).singleElement().asString()
                .isEqualTo(f + "@" + broken + ": malformed WARC record (no WARC-Record-ID)");
    }
}
