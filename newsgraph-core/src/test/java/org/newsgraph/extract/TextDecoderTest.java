package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    @Test
    void valid_utf8_is_read_as_utf8() {
        String s = "Stra\u00dfe, \u65e5\u672c, emoji \uD83D\uDE00";
        Decoded d = TextDecoder.decode(s.getBytes(StandardCharsets.UTF_8), null);
        assertThat(d.text()).isEqualTo(s);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void a_utf8_bom_is_dropped_from_the_text() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
        assertThat(TextDecoder.decode(bytes, null).text()).isEqualTo("hi");
    }

    @Test
    void legacy_bytes_fall_back_to_detection() {
        String s = "\u041d\u043e\u0432\u043e\u0441\u0442\u0438 \u0434\u043d\u044f: \u0432 \u0433\u043e\u0440\u043e\u0434\u0435"
                + " \u043e\u0442\u043a\u0440\u044b\u043b\u0441\u044f \u043d\u043e\u0432\u044b\u0439 \u043c\u043e\u0441\u0442"
                + " \u0447\u0435\u0440\u0435\u0437 \u0440\u0435\u043a\u0443.";
        Charset koi8 = Charset.forName("KOI8-R");
        Decoded d = TextDecoder.decode(s.repeat(3).getBytes(koi8), null);
        assertThat(d.text()).isEqualTo(s.repeat(3));
    }

    @Test
    void a_lone_high_byte_in_western_text_is_windows_1252() {
        byte[] bytes = "price 5\u20ac today".getBytes(Charset.forName("windows-1252"));
        assertThat(TextDecoder.decode(bytes, null).text()).isEqualTo("price 5\u20ac today");
    }

    @Test
    void utf8_validation_rejects_overlongs_surrogates_and_truncation() {
        assertThat(TextDecoder.isValidUtf8(new byte[] {(byte) 0xC0, (byte) 0x80}, 0)).isFalse();
        assertThat(TextDecoder.isValidUtf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0)).isFalse();
        assertThat(TextDecoder.isValidUtf8(new byte[] {'a', (byte) 0xE2, (byte) 0x82}, 0)).isFalse();
        assertThat(TextDecoder.isValidUtf8("\u20ac\uD83D\uDE00".getBytes(StandardCharsets.UTF_8), 0)).isTrue();
    }

    @Test
    void a_utf8_declaration_the_bytes_contradict_is_not_believed() {
        String s = "The minister said \u201cwe will not yield\u201d, and caf\u00e9 owners agreed.";
        Decoded d = TextDecoder.decode(s.getBytes(Charset.forName("windows-1252")), "utf-8");
        assertThat(d.text()).isEqualTo(s);
        assertThat(d.warnings()).singleElement().asString().contains("declared UTF-8");
    }

    @Test
    void a_utf8_page_with_one_stray_byte_stays_utf8() {
        String s = "Caf\u00e9 owners in Z\u00fcrich and M\u00fcnchen said \u201cno\u201d.";
        byte[] good = s.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 1];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xE9;
        Decoded d = TextDecoder.decode(bytes, "UTF-8");
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.text()).isEqualTo(s + "\uFFFD");
        assertThat(d.warnings()).containsExactly("invalid UTF-8 byte sequences replaced");
    }
}
