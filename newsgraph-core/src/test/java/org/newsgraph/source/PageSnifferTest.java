package org.newsgraph.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.PageFormat;

class PageSnifferTest {

    private static PageFormat format(String body) {
        return PageSniffer.format(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void tells_html_from_a_plain_text_scrape() {
        assertThat(format("<!DOCTYPE html><html><body><p>Floods.</p></body></html>")).isEqualTo(PageFormat.HTML);
        assertThat(format("  <div class=\"story\"><p>Floods in Dresden.</p></div>")).isEqualTo(PageFormat.HTML);
        assertThat(format("Floods in Dresden\nThe Elbe rose by two metres overnight.\n")).isEqualTo(PageFormat.TEXT);
    }

    @Test
    void a_body_that_only_looks_like_json_lines_or_a_warc_is_text() {
        assertThat(format("{braces} open this scraped line\nand the story goes on")).isEqualTo(PageFormat.TEXT);
        assertThat(format("WARC/1.0 is a format name, said the archivist.")).isEqualTo(PageFormat.TEXT);
    }

    @Test
    void binary_bytes_are_no_page() {
        assertThat(PageSniffer.format(new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4'})).isNull();
        assertThat(PageSniffer.format(new byte[] {0x41, 0, 0, 0x42})).isNull();
    }

    @Test
    void looks_only_at_the_head_of_a_long_body() {
        String body = "<html><body>" + "<p>Long story.</p>".repeat(10_000) + "</body></html>";
        assertThat(format(body)).isEqualTo(PageFormat.HTML);
    }
}
