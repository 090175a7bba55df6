package org.newsgraph.index.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Text cells of the CSV exports as spreadsheets can open them safely: a cell starting with {@code = + - @}, a tab
 * or a carriage return is read as a formula by Excel, LibreOffice and Google Sheets ("=HYPERLINK(...)" in a title
 * would run), so it gets a leading single quote, as OWASP's "CSV Injection" page recommends. Only strings: numbers
 * (a negative Goldstein score) are written as numbers and stay as they are.
 */
final class SpreadsheetSafeText extends StdSerializer<String> {

    SpreadsheetSafeText() {
        super(String.class);
    }

    static String cell(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    @Override
    public void serialize(String value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(cell(value));
    }
}
