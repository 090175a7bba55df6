package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlDecoderTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final Charset SJIS = Charset.forName("Shift_JIS");

    @Test
    void windows_1252_without_any_declaration_is_detected_not_mangled() {
        String text = "Caf\u00e9 owners say the na\u00efve plan \u2014 \u201ca fa\u00e7ade\u201d \u2014 will fail.";
        byte[] bytes = ("<html><body><p>" + text + "</p></body></html>").getBytes(CP1252);
        HtmlDecoder.DecodedHtml d = HtmlDecoder.decode(bytes, null, null);
        assertThat(d.document().body().text()).isEqualTo(text);
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void shift_jis_declared_in_a_meta_tag_is_honoured() {
        String text = "\u6771\u4eac\u3067\u65b0\u3057\u3044\u56f3\u66f8\u9928\u304c\u958b\u9928\u3057\u305f\u3002";
        byte[] bytes = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">"
                + "</head><body><p>" + text + "</p></body></html>").getBytes(SJIS);
        HtmlDecoder.DecodedHtml d = HtmlDecoder.decode(bytes, null, null);
        assertThat(d.charset()).isEqualTo(SJIS);
        assertThat(d.document().body().text()).isEqualTo(text);
    }

    @Test
    void a_utf16_byte_order_mark_wins_over_everything_else() {
        String html = "\uFEFF<html><head><meta charset=\"iso-8859-2\"></head><body><p>\u00e9t\u00e9 \u20ac</p></body></html>";
        HtmlDecoder.DecodedHtml d = HtmlDecoder.decode(html.getBytes(StandardCharsets.UTF_16LE), "utf-8", null);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(d.document().body().text()).isEqualTo("\u00e9t\u00e9 \u20ac");
    }

    @Test
    void the_transport_charset_beats_the_meta_tag() {
        byte[] bytes = "<html><head><meta charset=\"utf-8\"></head><body><p>na\u00efve</p></body></html>".getBytes(CP1252);
        HtmlDecoder.DecodedHtml d = HtmlDecoder.decode(bytes, "windows-1252", null);
        assertThat(d.document().body().text()).isEqualTo("na\u00efve");
    }

    @Test
    void latin1_labels_are_read_as_windows_1252_as_browsers_do() {
        byte[] bytes = "<html><body><p>\u201cquoted\u201d</p></body></html>".getBytes(CP1252);
        assertThat(HtmlDecoder.decode(bytes, "ISO-8859-1", null).document().body().text()).isEqualTo("\u201cquoted\u201d");
    }

    @Test
    void invalid_utf8_in_a_utf8_page_becomes_replacement_characters_and_a_warning() {
        byte[] utf8 = "<p>caf\u00e9 \u00fcber na\u00efve a_b_</p>".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = utf8.clone();
        int a = new String(utf8, StandardCharsets.UTF_8).indexOf("a_b_") + 3; // byte index: 3 two-byte letters before
        bytes[a + 1] = (byte) 0xFF;
        bytes[a + 3] = (byte) 0xC3;
        HtmlDecoder.DecodedHtml d = HtmlDecoder.decode(bytes, "UTF-8", null);
        assertThat(d.document().body().text()).isEqualTo("caf\u00e9 \u00fcber na\u00efve a\uFFFDb\uFFFD");
        assertThat(d.warnings()).containsExactly("invalid UTF-8 byte sequences replaced");
    }

    @Test
    void an_unknown_declared_charset_is_a_warning_and_the_bytes_are_guessed() {
        byte[] bytes = "<html><body><p>plain words</p></body></html>".getBytes(StandardCharsets.US_ASCII);
        HtmlDecoder.DecodedHtml d = HtmlDecoder.decode(bytes, "x-no-such-charset", null);
        assertThat(d.document().body().text()).isEqualTo("plain words");
        assertThat(d.warnings()).singleElement().asString().contains("x-no-such-charset");
    }

    @Test
    void relative_links_resolve_against_the_base_uri() {
        byte[] bytes = "<a href=\"/next\">n</a>".getBytes(StandardCharsets.UTF_8);
        HtmlDecoder.DecodedHtml d = HtmlDecoder.decode(bytes, null, "https://news.example/a/b");
        assertThat(d.document().selectFirst("a").absUrl("href")).isEqualTo("https://news.example/next");
    }

    @Test
    void a_meta_charset_of_utf8_over_legacy_bytes_is_not_believed() {
        byte[] bytes = ("<html><head><meta charset='utf-8'></head><body><p>\u201cNo,\u201d said the caf\u00e9's"
                + " owner.</p></body></html>").getBytes(CP1252);
        HtmlDecoder.DecodedHtml d = HtmlDecoder.decode(bytes, null, null);
        assertThat(d.document().body().text()).isEqualTo("\u201cNo,\u201d said the caf\u00e9's owner.");
        assertThat(d.warnings()).singleElement().asString().contains("declared UTF-8");
    }
}
