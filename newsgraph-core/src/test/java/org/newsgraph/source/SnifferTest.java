package org.newsgraph.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SnifferTest {

    private static Sniffer.Result sniff(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return Sniffer.sniff(b, b.length, null);
    }

    private static Sniffer.Result sniff(byte[] b) {
        return Sniffer.sniff(b, b.length, null);
    }

    @Test
    void tells_html_from_text_by_its_opening_tags() {
        assertThat(sniff("<!DOCTYPE html>\n<html>").kind()).isEqualTo(InputKind.HTML);
        assertThat(sniff("\uFEFF  <div class=x><p>hello</p></div>").kind()).isEqualTo(InputKind.HTML);
        assertThat(sniff("Title line\n\nSome text.\n<html> appears later in a fragment").kind())
                .isEqualTo(InputKind.HTML);
        assertThat(sniff("Headline\n\nA story where 3 < 4 and x > y.").kind()).isEqualTo(InputKind.TEXT);
    }

    @Test
    void recognises_warc_and_json_lines_by_content() {
        assertThat(sniff("WARC/1.1\r\nWARC-Type: warcinfo\r\n").kind()).isEqualTo(InputKind.WARC);
        assertThat(sniff("  {\"text\": \"x\"}\n").kind()).isEqualTo(InputKind.JSON_LINES);
    }

    @Test
    void names_binary_formats_and_refuses_control_byte_soup() {
        assertThat(sniff(new byte[] {'P', 'K', 3, 4, 20, 0}).binaryReason()).isEqualTo("binary file (ZIP archive)");
        assertThat(sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}).binaryReason())
                .isEqualTo("binary file (JPEG image)");
        assertThat(sniff(new byte[] {'a', 'b', 0, 'c'}).binaryReason()).isEqualTo("binary file (control bytes)");
        byte[] controls = new byte[100];
        for (int i = 0; i < controls.length; i++) controls[i] = (byte) (i % 3 == 0 ? 2 : 'a');
        assertThat(sniff(controls).isBinary()).isTrue();
    }

    @Test
    void utf16_without_a_byte_order_mark_is_text_in_that_charset_not_binary() {
        String page = "<html><body><p>The talks resume in Gen\u00e8ve next week.</p></body></html>";
        Sniffer.Result le = sniff(page.getBytes(StandardCharsets.UTF_16LE));
        assertThat(le.isBinary()).isFalse();
        assertThat(le.kind()).isEqualTo(InputKind.HTML);
        assertThat(le.charset()).isEqualTo("UTF-16LE");
        Sniffer.Result be = sniff("Plain words, in big-endian order.".getBytes(StandardCharsets.UTF_16BE));
        assertThat(be.kind()).isEqualTo(InputKind.TEXT);
        assertThat(be.charset()).isEqualTo("UTF-16BE");
        assertThat(sniff("plain words".getBytes(StandardCharsets.UTF_8)).charset()).isNull();
        // NULs on both sides are no UTF-16 text.
        assertThat(sniff(new byte[] {'a', 0, 0, 'b', 'c', 0, 0, 'd', 'e', 0}).binaryReason())
                .isEqualTo("binary file (control bytes)");
    }

    @Test
    void a_name_decides_the_kind_but_never_hides_a_binary_file() {
        byte[] text = "plain words".getBytes(StandardCharsets.UTF_8);
        assertThat(Sniffer.sniff(text, text.length, InputKind.HTML).kind()).isEqualTo(InputKind.HTML);
        byte[] pdf = "%PDF-1.4".getBytes(StandardCharsets.US_ASCII);
        assertThat(Sniffer.sniff(pdf, pdf.length, InputKind.TEXT).binaryReason()).isEqualTo("binary file (PDF document)");
    }

    @Test
    void file_names_announce_kinds_through_a_gz_suffix() {
        assertThat(InputKind.fromName("a.WARC.gz")).isEqualTo(InputKind.WARC);
        assertThat(InputKind.fromName("a.ndjson")).isEqualTo(InputKind.JSON_LINES);
        assertThat(InputKind.fromName("page.xhtml")).isEqualTo(InputKind.HTML);
        assertThat(InputKind.fromName("README")).isNull();
        assertThat(InputKind.fromName("data.bin")).isNull();
    }
}
