package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STORY = "The harbour council voted on Sunday to repair the old ferry, ending a dispute"
            + " over who should pay for the island service.";

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
        List<String> errLines() {
            return err.isEmpty() ? List.of() : Arrays.asList(err.split("\n"));
        }

        List<JsonNode> records() throws IOException {
            List<JsonNode> out = new ArrayList<>();
            for (String line : this.out.split("\n")) if (!line.isBlank()) out.add(JSON.readTree(line));
            return out;
        }
    }

    private static Run run(InputStream stdin, String... args) {
        CommandLine cli = NewsgraphCommand.commandLine(stdin, false);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static Run run(String... args) {
        return run(InputStream.nullInputStream(), args);
    }

    @Test
    void writes_json_lines_with_design_field_names_nulls_and_empty_lists() throws IOException {
        Path data = write("data.jsonl", "{\"id\": \"r1\", \"title\": \"Ferry saved\", \"text\": \"" + STORY + "\"}\n");
        Run run = run("extract", data.toString());
        assertThat(run.code()).isEqualTo(0);
        JsonNode a = run.records().get(0);
        List<String> fields = new ArrayList<>();
        a.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("id", "kind", "source", "url", "title", "subtitle", "authors", "publisher",
                "syndicated_from", "section", "topics", "license", "published", "modified", "language", "truncated",
                "text", "blocks", "captions", "warnings");
        assertThat(a.get("kind").asText()).isEqualTo("article");
        assertThat(a.get("syndicated_from").isNull()).isTrue();
        assertThat(a.get("authors").isArray()).isTrue();
        assertThat(a.get("authors")).isEmpty();
        assertThat(a.get("title").asText()).isEqualTo("Ferry saved");
        assertThat(a.get("language").asText()).isEqualTo("en");
        JsonNode source = a.get("source");
        assertThat(source.get("path").asText()).isEqualTo(data.toString());
        assertThat(source.get("line").asLong()).isEqualTo(1);
        assertThat(source.get("record_id").asText()).isEqualTo("r1");
        assertThat(source.has("offset")).isTrue();
        assertThat(a.get("blocks").get(0).get("type").asText()).isEqualTo("paragraph");
    }

    @Test
    void output_follows_input_order_whatever_the_threads_finish_first() throws IOException {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String name = String.format("page-%03d.html", i);
            // Uneven sizes so that workers finish out of order.
            write(name, "<html><body>" + ("<p>" + STORY + " Page " + i + ".</p>").repeat(1 + (i * 37) % 50)
                    + "</body></html>");
            expected.add(dir.resolve(name).toString());
        }
        Run run = run("extract", "--threads", "2", dir.toString());
        assertThat(run.code()).isEqualTo(0);
        assertThat(run.records()).extracting(r -> r.get("source").get("path").asText())
                .containsExactlyElementsOf(expected);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("newsgraph: 60 pages processed, 60 articles, 0 snippets, 0 skipped, 0 failed in ");
    }

    @Test
    void each_bad_input_is_one_error_line_and_the_run_goes_on_with_exit_code_1() throws IOException {
        Path good = write("a-good.txt", STORY);
        Path empty = write("b-empty.txt", "");
        Path binary = dir.resolve("c-image.html");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0});
        Path badLine = write("d-data.jsonl", "{\"text\": \"" + STORY + "\"}\n{oops\n");
        Path cut = dir.resolve("e-cut.txt.gz");
        byte[] gz = gzip(STORY.repeat(500).getBytes(StandardCharsets.UTF_8));
        Files.write(cut, Arrays.copyOf(gz, gz.length / 2));
        Path big = dir.resolve("f-big.html");
        try (OutputStream out = Files.newOutputStream(big)) {
            byte[] chunk = ("<p>" + STORY + "</p>\n").repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (long n = 0; n < 40L << 20; n += chunk.length) out.write(chunk);
        }
        Path noText = write("g-nav-only.html", "<html><body></body></html>");
        String missing = dir.resolve("h-missing.txt").toString();

        Run run = run("extract", "--max-page-size", "1M", good.toString(), empty.toString(), binary.toString(),
                badLine.toString(), cut.toString(), big.toString(), noText.toString(), missing);

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.records()).extracting(r -> r.get("source").get("path").asText())
                .containsExactly(good.toString(), badLine.toString(), cut.toString());
        assertThat(run.records().get(2).get("kind").asText()).isEqualTo("snippet");
        assertThat(run.records().get(2).get("truncated").asBoolean()).isTrue();
        List<String> err = run.errLines();
        assertThat(err).hasSize(8);
        assertThat(err.get(3)).matches("newsgraph: \\Q" + cut + "\\E: truncated gzip data \\(unexpected end of file\\);"
                + " the \\d+(\\.\\d)? KiB before the cut kept as a truncated snippet");
        assertThat(err.get(4)).matches("newsgraph: \\Q" + big + "\\E: page of 40(\\.\\d)? MiB is larger than the 1 MiB"
                + " page limit");
        err = new ArrayList<>(err);
        err.remove(4);
        err.remove(3);
        assertThat(err.subList(0, 5)).containsExactly(
                "newsgraph: " + empty + ": skipped, empty file",
                "newsgraph: " + binary + ": binary file (PNG image)",
                "newsgraph: " + badLine + ":2: not valid JSON (Unexpected character ('o' (code 111)): was"
                        + " expecting double-quote to start field name)",
                "newsgraph: " + noText + ": no article text found",
                "newsgraph: " + missing + ": no such file or directory");
        assertThat(err.get(5)).startsWith("newsgraph: 4 pages processed, 2 articles, 1 snippet, 1 skipped, 6 failed in ")
                .endsWith(" pages/s)");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void an_empty_file_is_named_as_skipped_and_does_not_fail_the_run() throws IOException {
        Path good = write("a-good.txt", STORY);
        Path empty = write("b-empty.txt", "");
        Run run = run("extract", good.toString(), empty.toString());
        assertThat(run.code()).isEqualTo(0);
        assertThat(run.records()).hasSize(1);
        assertThat(run.errLines().get(0)).isEqualTo("newsgraph: " + empty + ": skipped, empty file");
        assertThat(run.errLines().get(1))
                .startsWith("newsgraph: 1 page processed, 1 article, 0 snippets, 1 skipped, 0 failed");
    }

    @Test
    void reads_stdin_when_given_a_dash() {
        Run run = run(new ByteArrayInputStream(("<html><body><p>" + STORY + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8)), "extract", "-");
        assertThat(run.code()).isEqualTo(0);
        assertThat(run.out()).contains("\"path\":\"-\"").contains("harbour council");
    }

    @Test
    void text_format_shows_title_facts_and_marked_text() throws IOException {
        Path data = write("d.jsonl", "{\"title\": \"Ferry saved\", \"authors\": [\"Ann Lee\"], \"date\": \"2024-06-02\","
                + " \"publisher\": \"Harbour News\", \"license\": \"CC BY 4.0\", \"text\": \"" + STORY + "\"}\n");
        Run run = run("extract", "--format", "text", data.toString());
        assertThat(run.code()).isEqualTo(0);
        assertThat(run.out()).startsWith("=== Ferry saved ===\nBy Ann Lee | 2024-06-02 | Harbour News | licence"
                + " CC-BY-4.0 | language en\nsource " + data + ":1\n\n").contains(STORY);
    }

    @Test
    void usage_errors_exit_with_2() {
        assertThat(run("extract").code()).isEqualTo(2);
        assertThat(run("extract", "--no-such-option", "x").code()).isEqualTo(2);
        assertThat(run("extract", "--threads", "0", "x").code()).isEqualTo(2);
        assertThat(run("extract", "--max-page-size", "12X", "x").code()).isEqualTo(2);
        assertThat(run("extract", "--format", "xml", "x").code()).isEqualTo(2);
        assertThat(run("frobnicate").code()).isEqualTo(2);
    }

    @Test
    void help_documents_the_exit_codes() {
        Run run = run("--help");
        assertThat(run.code()).isEqualTo(0);
        assertThat(run.out()).contains("extract").contains("Exit codes:").contains("2  usage error");
    }

    @Test
    void the_bundled_samples_extract_without_failures() throws IOException {
        Path samples = Path.of("..", "samples");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(samples), "samples/ not found");
        Run run = run("extract", samples.toString());
        assertThat(run.code()).isEqualTo(0);
        List<JsonNode> records = run.records();
        assertThat(records).extracting(r -> Path.of(r.get("source").get("path").asText()).getFileName().toString())
                .startsWith("articles.jsonl", "articles.jsonl", "articles.jsonl")
                .contains("ferry-vote.txt", "harbour-news.rss", "library-reopens.html", "valley-post.warc.gz");
        JsonNode fares = records.stream().filter(r -> r.get("url").asText().endsWith("ferry-fares")).findFirst()
                .orElseThrow();
        assertThat(fares.get("title").asText()).isEqualTo("Ferry fares to rise in spring");
        assertThat(fares.get("publisher").asText()).isEqualTo("Harbour News");
        assertThat(fares.get("text").asText()).contains("said Maria Lund");
        JsonNode bus = records.stream().filter(r -> r.get("url").asText().endsWith("night-buses")).findFirst()
                .orElseThrow();
        assertThat(bus.get("text").asText()).contains("“People working late shifts");
        assertThat(bus.get("source").get("offset").asLong()).isPositive();
        assertThat(run.errLines().get(run.errLines().size() - 1)).contains(" 2 skipped, 0 failed");
        // what was skipped is named, with why, as failures are
        assertThat(run.errLines()).filteredOn(l -> l.contains(": skipped, "))
                .hasSize(2)
                .allSatisfy(l -> assertThat(l).contains("valley-post.warc.gz@"))
                .anySatisfy(l -> assertThat(l).endsWith("skipped, HTTP status 404"))
                .anySatisfy(l -> assertThat(l).contains("skipped, not HTML (image/png)"));
    }

    @Test
    void a_feed_item_without_content_is_named_by_its_number_and_the_others_extracted() throws IOException {
        Path feed = write("lakeside.rss", """
                <?xml version="1.0"?>
                <rss version="2.0"><channel><title>Lakeside Courier</title>
                <item><title>Pier repairs begin</title><link>https://lakeside.example/pier</link>
                <description>Workers began replacing the rotten planks of the old pier on Monday morning.</description></item>
                <item><title>Only a headline</title><link>https://lakeside.example/headline</link></item>
                <item><title>Market moves indoors</title><link>https://lakeside.example/market</link>
                <description>The weekly farmers' market moves into the school hall for the winter.</description></item>
                </channel></rss>
                """);
        Run run = run("extract", feed.toString());
        assertThat(run.code()).isZero();
        assertThat(run.records()).hasSize(2);
        assertThat(run.errLines()).contains("newsgraph: " + feed + ":2: skipped, item without content, description"
                + " or summary");
        assertThat(run.errLines().get(run.errLines().size() - 1)).contains(" 1 skipped, 0 failed");
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static byte[] gzip(byte[] data) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }
}
