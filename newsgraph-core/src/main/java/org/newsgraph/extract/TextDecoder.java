package org.newsgraph.extract;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes page bytes by the first thing that names their charset: a byte-order mark, then what the transport or
 * the page declares, then a guess: UTF-8 when the bytes are valid UTF-8, else what juniversalchardet detects, else
 * windows-1252. A UTF-8 declaration that the bytes contradict is not believed: servers and templates announce UTF-8
 * for pages their editors saved in a legacy charset, and decoding those as UTF-8 would turn every accented letter
 * and curly quote into U+FFFD. Never throws on bad bytes: they become U+FFFD and a warning.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** How much of a page the charset detector looks at; enough for a verdict, cheap on big pages. */
    private static final int DETECT_BYTES = 64 * 1024;

    private TextDecoder() {
    }

    /**
     * @param declared the charset the transport or the document declares, or null; unknown names are ignored
     *                 with a warning
     */
    public static Decoded decode(byte[] bytes, String declared) {
        List<String> warnings = new ArrayList<>(1);
        Charset charset;
        int skip = 0;
        Utf8Scan scan = null;
        Bom bom = Bom.of(bytes);
        if (bom != null) {
            charset = bom.charset();
            skip = bom.length();
        } else {
            charset = charset(declared, warnings);
            if (StandardCharsets.UTF_8.equals(charset)) {
                scan = Utf8Scan.of(bytes, 0);
                if (scan.contradictsUtf8()) {
                    warnings.add("declared UTF-8, but the bytes are not UTF-8: charset guessed instead");
                    charset = null;
                    scan = null;
                }
            }
            if (charset == null) charset = guess(bytes);
        }
        // one pass over the bytes answers both questions when the page declared UTF-8
        if (charset.equals(StandardCharsets.UTF_8) && (scan != null ? scan : Utf8Scan.of(bytes, skip)).invalid() > 0) {
            warnings.add("invalid UTF-8 byte sequences replaced");
        }
        return new Decoded(new String(bytes, skip, bytes.length - skip, charset), charset, warnings);
    }

    /**
     * The charset a name stands for, or null when there is no usable name. As browsers do, Latin-1 and ASCII
     * labels mean windows-1252: pages labelled so use its printable 0x80-0x9F range, never C1 controls.
     */
    static Charset charset(String name, List<String> warnings) {
        if (name == null || name.isBlank()) return null;
        String clean = name.strip().replace("\"", "").replace("'", "");
        try {
            Charset cs = Charset.forName(clean);
            if (cs.equals(StandardCharsets.ISO_8859_1) || cs.equals(StandardCharsets.US_ASCII)) return WINDOWS_1252;
            return cs;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            warnings.add("unknown charset \"" + clean + "\" declared, guessed instead");
            return null;
        }
    }

    private static Charset guess(byte[] bytes) {
        if (isValidUtf8(bytes, 0)) return StandardCharsets.UTF_8;
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, DETECT_BYTES));
        detector.dataEnd();
        String detected = detector.getDetectedCharset();
        if (detected != null) {
            try {
                Charset cs = Charset.forName(detected);
                // A detector verdict of UTF-8 on bytes that are not UTF-8 is a guess from too little text.
                if (!cs.equals(StandardCharsets.UTF_8)) return cs;
            } catch (IllegalArgumentException e) {
                // fall through to the Western default
            }
        }
        return WINDOWS_1252;
    }

    /** Strict UTF-8 validation (no overlongs, no surrogates, nothing above U+10FFFF). */
    static boolean isValidUtf8(byte[] b, int from) {
        return Utf8Scan.of(b, from).invalid() == 0;
    }

    /**
     * How many multi-byte sequences of a byte array are valid UTF-8 and how many bytes are not.
     *
     * @param multiByte well-formed sequences of two to four bytes
     * @param invalid   bytes that start no well-formed sequence (a sequence cut off at the end counts)
     */
    record Utf8Scan(int multiByte, int invalid) {

        /**
         * Whether the bytes argue against UTF-8: more broken sequences than whole ones. A UTF-8 page with a stray
         * bad byte, or cut inside its last letter, still holds far more whole sequences than broken ones, and is
         * better read as UTF-8 with one U+FFFD than re-read in a legacy charset.
         */
        boolean contradictsUtf8() {
            return invalid > multiByte;
        }

        static Utf8Scan of(byte[] b, int from) {
            int multiByte = 0;
            int invalid = 0;
            int i = from;
            int n = b.length;
            while (i < n) {
                int len = sequenceLength(b, i);
                if (len == 0) {
                    invalid++;
                    i++;
                } else {
                    if (len > 1) multiByte++;
                    i += len;
                }
            }
            return new Utf8Scan(multiByte, invalid);
        }

        /** The length of the well-formed UTF-8 sequence at {@code i}, or 0 when none starts there. */
        private static int sequenceLength(byte[] b, int i) {
            int c = b[i];
            if (c >= 0) return 1;
            c &= 0xFF;
            int len;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                len = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                len = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                len = 3;
                min = 0x10000;
            } else {
                return 0;
            }
            if (i + len >= b.length) return 0;
            int cp = c & (0x3F >> len);
            for (int k = 1; k <= len; k++) {
                int cc = b[i + k] & 0xFF;
                if ((cc & 0xC0) != 0x80) return 0;
                cp = (cp << 6) | (cc & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
            return len + 1;
        }
    }

    /** A byte-order mark and the charset it announces. */
    record Bom(Charset charset, int length) {
        static Bom of(byte[] b) {
            if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
                return new Bom(StandardCharsets.UTF_8, 3);
            }
            if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
                return new Bom(Charset.forName("UTF-32BE"), 4);
            }
            if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
                return new Bom(Charset.forName("UTF-32LE"), 4);
            }
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
                return new Bom(StandardCharsets.UTF_16BE, 2);
            }
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
                return new Bom(StandardCharsets.UTF_16LE, 2);
            }
            return null;
        }
    }
}
