package org.newsgraph.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.PageFormat;
import org.newsgraph.model.PageHints;
import org.newsgraph.model.RawPage;

class JsonLinesSourceTest {

    @TempDir
    Path dir;

    @Test
    void turns_each_line_into_a_page_with_its_fields_as_hints() throws IOException {
        Path f = write("data.jsonl", String.join("\n",
                "{\"id\": \"a1\", \"url\": \"https://x.example/1\", \"title\": \"One\", \"date\": \"2020-01-02\","
                        + " \"authors\": [\"Ann Lee\", \"Bo Chan\"], \"publisher\": \"X\","
                        + " \"license\": \"https://creativecommons.org/licenses/by-nd/4.0/\", \"text\": \"First body\"}",
                "{\"id\": 42, \"authors\": \"Cy Dee\", \"html\": \"<p>Second body</p>\"}",
                ""));
        CollectingSink sink = CollectingSink.read(f.toString());
        assertThat(sink.failures).isEmpty();
        assertThat(sink.pages).hasSize(2);
        RawPage first = sink.pages.get(0);
        assertThat(first.format()).isEqualTo(PageFormat.TEXT);
        assertThat(sink.text(0)).isEqualTo("First body");
        assertThat(first.hints()).isEqualTo(new PageHints("a1", "https://x.example/1", "One", "2020-01-02",
                List.of("Ann Lee", "Bo Chan"), "X", "CC-BY-ND-4.0"));
        assertThat(first.source().line()).isEqualTo(1L);
        assertThat(first.source().recordId()).isEqualTo("a1");
        assertThat(first.source().url()).isEqualTo("https://x.example/1");
        RawPage second = sink.pages.get(1);
        assertThat(second.format()).isEqualTo(PageFormat.HTML);
        assertThat(second.charset()).isEqualTo("UTF-8");
        assertThat(second.hints().id()).isEqualTo("42");
        assertThat(second.hints().authors()).containsExactly("Cy Dee");
        assertThat(second.source().describe()).isEqualTo(f + ":2");
    }

    @Test
    void a_bad_line_is_an_error_naming_file_and_line_and_the_rest_is_read() throws IOException {
        Path f = write("mixed.jsonl", String.join("\n",
                "{\"text\": \"ok one\"}",
                "{\"text\": \"unterminated",
                "[1, 2]",
                "{\"title\": \"no body\"}",
                "   ",
                "{\"text\": \"   \"}",
                "{\"text\": \"ok two\"}\r"));
        CollectingSink sink = CollectingSink.read(f.toString());
        assertThat(sink.pages).extracting(p -> p.source().line()).containsExactly(1L, 7L);
        assertThat(sink.text(1)).isEqualTo("ok two");
        assertThat(sink.failures).hasSize(4);
        assertThat(sink.failures.get(0)).startsWith(f + ":2: not valid JSON");
        assertThat(sink.failures.get(1)).isEqualTo(f + ":3: not a JSON object");
        assertThat(sink.failures.get(2)).isEqualTo(f + ":4: neither \"text\" nor \"html\" is a string");
        assertThat(sink.failures.get(3)).isEqualTo(f + ":6: empty \"text\"");
    }

    @Test
    void a_line_over_the_cap_is_skipped_without_being_buffered() throws IOException {
        String longText = "y".repeat(5000);
        Path f = write("long.jsonl", "{\"text\": \"short\"}\n{\"text\": \"" + longText + "\"}\n{\"text\": \"after\"}\n");
        CollectingSink sink = CollectingSink.read(f.toString(), new SourceOptions(1024));
        assertThat(sink.pages).extracting(p -> p.source().line()).containsExactly(1L, 3L);
        assertThat(sink.failures).containsExactly(f + ":2: line larger than the 1 KiB page limit");
    }

    @Test
    void a_truncated_gzipped_data_set_keeps_the_pages_read_before_the_cut() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            lines.append("{\"id\": \"n").append(i).append("\", \"text\": \"Story number ").append(i)
                    .append(" with some words that vary ").append(i * 7919 % 1000).append("\"}\n");
        }
        byte[] gz = FileSourcesTest.gzip(lines.toString().getBytes(StandardCharsets.UTF_8));
        Path f = dir.resolve("cut.jsonl.gz");
        Files.write(f, Arrays.copyOf(gz, gz.length * 2 / 3));
        CollectingSink sink = CollectingSink.read(f.toString());
        assertThat(sink.pages.size()).isBetween(1000, 4999);
        assertThat(sink.pages.get(0).hints().id()).isEqualTo("n0");
        assertThat(sink.failures).containsExactly(f + ": truncated gzip data (unexpected end of file)");
    }

    @Test
    void json_lines_are_recognised_by_content_without_a_suffix() throws IOException {
        Path f = write("export", "{\"text\": \"sniffed\"}\n");
        assertThat(CollectingSink.read(f.toString()).text(0)).isEqualTo("sniffed");
    }

    @Test
    void a_json_document_gives_its_array_of_articles_or_its_one_pretty_printed_article() throws IOException {
        Path array = write("export.json", "[\n  {\"id\": \"a\", \"text\": \"First\"},\n"
                + "  {\"id\": \"b\",\n   \"html\": \"<p>Second</p>\"},\n  {\"title\": \"no body\"}\n]\n");
        CollectingSink sink = CollectingSink.read(array.toString());
        assertThat(sink.pages).extracting(p -> p.hints().id()).containsExactly("a", "b");
        assertThat(sink.pages).extracting(p -> p.source().line()).containsExactly(2L, 3L);
        assertThat(sink.failures).containsExactly(array + ":5: neither \"text\" nor \"html\" is a string");

        Path pretty = write("one", "{\n  \"title\": \"Pretty\",\n  \"text\": \"Laid out on lines\"\n}\n");
        sink = CollectingSink.read(pretty.toString());
        assertThat(sink.failures).isEmpty();
        assertThat(sink.text(0)).isEqualTo("Laid out on lines");
        assertThat(sink.pages.get(0).hints().title()).isEqualTo("Pretty");
    }

    @Test
    void a_broken_json_document_keeps_the_articles_before_the_error_and_names_where_it_stopped() throws IOException {
        Path f = write("cut.json", "[{\"text\": \"kept\"},\n {\"text\": \"lost\"\n");
        CollectingSink sink = CollectingSink.read(f.toString());
        assertThat(sink.pages).hasSize(1);
        assertThat(sink.text(0)).isEqualTo("kept");
        assertThat(sink.failures).singleElement().asString().startsWith(f + ":")
                .contains("not valid JSON, reading stopped here").doesNotContain("REDACTED");
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }
}
