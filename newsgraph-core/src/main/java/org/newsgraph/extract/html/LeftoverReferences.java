package org.newsgraph.extract.html;

import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Character references left in a value after the page's own decoding: a site that escapes twice writes
 * {@code &amp;#x26;} in its h1 or JSON-LD, which reads "&#x26;" once decoded, and the reader should see "&". A
 * value still holding a well-formed reference (numeric, or a name) is decoded once more; one without any is left
 * alone, so a lone "&" or "R&D" stays as written.
 */
final class LeftoverReferences {

    private static final Pattern REFERENCE =
            Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

    private LeftoverReferences() {
    }

    static String decode(String value) {
        if (value == null || value.indexOf('&') < 0 || !REFERENCE.matcher(value).find()) return value;
        return Parser.unescapeEntities(value, false);
    }
}
