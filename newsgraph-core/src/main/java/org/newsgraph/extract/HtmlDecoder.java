package org.newsgraph.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns HTML bytes into a jsoup document in the right charset: byte-order mark, then the transport's charset, then
 * the page's own {@code <meta charset>} or {@code http-equiv} declaration, then the {@link TextDecoder} guess.
 *
 * <p>jsoup's own loader (DataUtil) does BOM and meta detection but silently falls back to UTF-8, so a page with
 * neither would be mis-decoded when it is in a legacy charset; hence the meta prescan here, over the head of the
 * page only, as browsers do it.
 */
public final class HtmlDecoder {

    /** How far into a page to look for a meta charset; real pages put it in the head, often after big scripts. */
    private static final int PRESCAN_BYTES = 16 * 1024;
    private static final Pattern META = Pattern.compile("<meta\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARSET = Pattern.compile(
            "charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlDecoder() {
    }

    /** A parsed page and what decoding it noticed. */
    public record DecodedHtml(Document document, Charset charset, List<String> warnings) {
        public DecodedHtml {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * @param transportCharset the charset from the HTTP Content-Type (or the carrier format), or null
     * @param baseUri          the page's URL for resolving relative links, or null
     */
    public static DecodedHtml decode(byte[] bytes, String transportCharset, String baseUri) {
        List<String> warnings = new ArrayList<>(1);
        String declared = TextDecoder.charset(transportCharset, warnings) != null ? transportCharset : null;
        if (declared == null) declared = metaCharset(bytes);
        Decoded text = TextDecoder.decode(bytes, declared);
        warnings.addAll(text.warnings());
        Document doc = Jsoup.parse(text.text(), baseUri == null ? "" : baseUri);
        return new DecodedHtml(doc, text.charset(), warnings);
    }

    /**
     * The charset named by the first {@code <meta>} that names one within the prescan window, or null. A page that
     * reached us as bytes in an ASCII-compatible encoding cannot really be UTF-16, whatever its meta says, so that
     * claim is read as UTF-8 (the HTML standard's rule).
     */
    static String metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher meta = META.matcher(head);
        while (meta.find()) {
            Matcher cs = CHARSET.matcher(meta.group());
            if (cs.find()) {
                String name = cs.group(1);
                return name.toLowerCase(Locale.ROOT).startsWith("utf-16") ? "UTF-8" : name;
            }
        }
        return null;
    }
}
