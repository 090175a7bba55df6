package org.newsgraph.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Looks at the first bytes of an input to tell binary files from pages, and HTML from text, WARC, JSON Lines and
 * feeds (RSS, Atom).
 * It reads only a small head, so it works on streams (stdin, gzip) as well as files.
 */
final class Sniffer {

    /** How many leading bytes {@link #sniff} wants to see. */
    static final int HEAD_BYTES = 4096;
    private static final int BINARY_WINDOW = 1024;
    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body|meta|title|article|div|p|h[1-6]|section"
                    + "|main|header|script|style|link|table|span|a\\s)",
            Pattern.DOTALL);
    /**
     * An XML document whose root is an RSS, RDF (RSS 1.0) or Atom feed ({@code rss}, {@code rdf:RDF}, {@code feed},
     * or Atom under a prefix it binds to Atom's namespace, {@code <atom:feed xmlns:atom="http://www.w3.org/2005/Atom">}),
     * after the declaration, comments, processing instructions and a DOCTYPE.
     */
    private static final Pattern FEED_START = Pattern.compile(
            "^(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*|<\\?[^>]*>\\s*|<!DOCTYPE[^>]*>\\s*)*"
                    + "<(?:rss[\\s>]|rdf:RDF[\\s>]|feed[\\s>]"
                    + "|([\\w.-]+):feed\\s[^>]*xmlns:\\1\\s*=\\s*[\"']"
                    + Pattern.quote(FeedReader.ATOM_NAMESPACE) + "[\"'])",
            Pattern.DOTALL);
    private static final Pattern HTML_ANYWHERE = Pattern.compile("<(?:html|body|head)[\\s>]|<!doctype\\s+html");

    /**
     * The verdict: a kind, or the reason the input is not a page at all; {@code charset} names an encoding the
     * bytes showed without declaring it (UTF-16 without a byte-order mark), else null.
     */
    record Result(InputKind kind, String binaryReason, String charset) {
        Result(InputKind kind, String binaryReason) {
            this(kind, binaryReason, null);
        }

        boolean isBinary() {
            return binaryReason != null;
        }
    }

    private Sniffer() {
    }

    /**
     * @param head    the first bytes of the (decompressed) input
     * @param len     how many of them are valid
     * @param byName  the kind the file name announces, or null
     */
    static Result sniff(byte[] head, int len, InputKind byName) {
        if (startsWith(head, len, "WARC/")) return new Result(InputKind.WARC, null);
        String magic = magic(head, len);
        if (magic != null) return new Result(null, "binary file (" + magic + ")");
        int bom = bomLength(head, len);
        Charset utf16 = bom == 0 ? utf16WithoutBom(head, len) : null;
        if (bom == 0 && utf16 == null && looksBinary(head, len)) return new Result(null, "binary file (control bytes)");
        String charset = utf16 == null ? null : utf16.name();
        if (byName != null) return new Result(byName, null, charset);
        String text = utf16 != null ? new String(head, 0, len & ~1, utf16) : prefixText(head, len, bom);
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("[")) return new Result(InputKind.JSON, null, charset);
        if (trimmed.startsWith("{")) {
            return new Result(oneObjectPerLine(trimmed) ? InputKind.JSON_LINES : InputKind.JSON, null, charset);
        }
        if (FEED_START.matcher(trimmed).find()) return new Result(InputKind.FEED, null, charset);
        String lower = text.toLowerCase(Locale.ROOT);
        if (HTML_START.matcher(lower).find() || HTML_ANYWHERE.matcher(lower).find()) {
            return new Result(InputKind.HTML, null, charset);
        }
        return new Result(InputKind.TEXT, null, charset);
    }

    /**
     * Whether JSON starting with an object is JSON Lines: its first line closes that object, or runs past the head (an
     * article on one line is long). A pretty-printed document's first line is short and open ("{", "{ \"id\": 7,").
     */
    private static boolean oneObjectPerLine(String json) {
        int newline = json.indexOf('\n');
        return newline < 0 || json.substring(0, newline).strip().endsWith("}");
    }

    /**
     * UTF-16 that carries no byte-order mark (as some Windows tools export text): mostly Latin-script text and
     * markup then has a NUL in every other byte, always on the same side, and none on the other.
     */
    static Charset utf16WithoutBom(byte[] b, int len) {
        int pairs = Math.min(len, BINARY_WINDOW) / 2;
        if (pairs < 4) return null;
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < pairs; i++) {
            if (b[2 * i] == 0) evenNuls++;
            if (b[2 * i + 1] == 0) oddNuls++;
        }
        if (evenNuls == 0 && oddNuls * 10 >= pairs * 7) return StandardCharsets.UTF_16LE;
        if (oddNuls == 0 && evenNuls * 10 >= pairs * 7) return StandardCharsets.UTF_16BE;
        return null;
    }

    /** Known binary formats by their magic numbers; names them the way people know them. */
    static String magic(byte[] b, int len) {
        if (startsWith(b, len, "%PDF")) return "PDF document";
        if (startsWith(b, len, 0x89, 'P', 'N', 'G')) return "PNG image";
        if (startsWith(b, len, "GIF8")) return "GIF image";
        if (startsWith(b, len, 0xFF, 0xD8, 0xFF)) return "JPEG image";
        if (startsWith(b, len, "RIFF") && len >= 12 && ascii(b, 8, 4).equals("WEBP")) return "WebP image";
        if (startsWith(b, len, "PK", 3, 4) || startsWith(b, len, "PK", 5, 6)) return "ZIP archive";
        if (startsWith(b, len, '7', 'z', 0xBC, 0xAF)) return "7-Zip archive";
        if (startsWith(b, len, "Rar!")) return "RAR archive";
        if (startsWith(b, len, "BZh")) return "bzip2 data";
        if (startsWith(b, len, 0xFD, '7', 'z', 'X', 'Z')) return "xz data";
        if (startsWith(b, len, 0x28, 0xB5, 0x2F, 0xFD)) return "zstd data";
        if (startsWith(b, len, 0x7F, 'E', 'L', 'F')) return "ELF executable";
        if (startsWith(b, len, 0xCA, 0xFE, 0xBA, 0xBE)) return "Java class";
        if (startsWith(b, len, "SQLite format 3")) return "SQLite database";
        if (startsWith(b, len, 0xD0, 0xCF, 0x11, 0xE0)) return "MS Office document";
        if (startsWith(b, len, "OggS")) return "Ogg media";
        if (startsWith(b, len, "ID3")) return "MP3 audio";
        if (len >= 8 && ascii(b, 4, 4).equals("ftyp")) return "MP4 media";
        if (startsWith(b, len, 0x1F, 0x8B)) return "gzip data";
        return null;
    }

    /**
     * Text never holds NUL bytes (unless it is UTF-16, which a BOM announces) and holds few control characters;
     * the window is the first KB.
     */
    private static boolean looksBinary(byte[] b, int len) {
        int n = Math.min(len, BINARY_WINDOW);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) return true;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) control++;
        }
        return n > 0 && control * 10 > n;
    }

    static int bomLength(byte[] b, int len) {
        if (startsWith(b, len, 0xEF, 0xBB, 0xBF)) return 3;
        if (startsWith(b, len, 0x00, 0x00, 0xFE, 0xFF) || startsWith(b, len, 0xFF, 0xFE, 0x00, 0x00)) return 4;
        if (startsWith(b, len, 0xFE, 0xFF) || startsWith(b, len, 0xFF, 0xFE)) return 2;
        return 0;
    }

    private static String prefixText(byte[] b, int len, int bom) {
        if (bom == 2) {
            return new String(b, 0, len, b[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE)
                    .substring(1);
        }
        // Tags and braces are ASCII in every charset a sniffed file may use; Latin-1 maps bytes one to one.
        return new String(b, bom, len - bom, StandardCharsets.ISO_8859_1);
    }

    private static boolean startsWith(byte[] b, int len, String ascii) {
        if (len < ascii.length()) return false;
        for (int i = 0; i < ascii.length(); i++) if (b[i] != (byte) ascii.charAt(i)) return false;
        return true;
    }

    private static boolean startsWith(byte[] b, int len, String ascii, int third, int fourth) {
        return startsWith(b, len, ascii) && len >= 4 && b[2] == third && b[3] == fourth;
    }

    private static boolean startsWith(byte[] b, int len, int... bytes) {
        if (len < bytes.length) return false;
        for (int i = 0; i < bytes.length; i++) if ((b[i] & 0xFF) != bytes[i]) return false;
        return true;
    }

    private static String ascii(byte[] b, int from, int n) {
        return new String(b, from, n, StandardCharsets.ISO_8859_1);
    }
}
