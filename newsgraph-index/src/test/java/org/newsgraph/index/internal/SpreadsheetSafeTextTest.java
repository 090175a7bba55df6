package org.newsgraph.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadsheetSafeTextTest {

    @JsonPropertyOrder({"title", "authors", "url", "goldstein", "note"})
    record Row(String title, List<String> authors, String url, double goldstein, String note) {
    }

    @Test
    void text_cells_a_spreadsheet_would_run_as_formulas_get_a_leading_quote_and_numbers_stay_numbers()
            throws Exception {
        Row row = new Row("=HYPERLINK(\"http://evil.example\",\"click\")", List.of("@SUM(A1)", "Ann Lee"),
                "https://example.org/a", -9.2, "-2+3");
        String csv = Json.CSV.writer(Json.CSV.schemaFor(Row.class)).writeValueAsString(row);
        assertThat(csv.strip()).isEqualTo(
                "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",\"'@SUM(A1);Ann Lee\","
                        + "https://example.org/a,-9.2,\"'-2+3\"");
        assertThat(SpreadsheetSafeText.cell("+1 555")).isEqualTo("'+1 555");
        assertThat(SpreadsheetSafeText.cell("\tx")).isEqualTo("'\tx");
        assertThat(SpreadsheetSafeText.cell("a = b")).isEqualTo("a = b");
        assertThat(SpreadsheetSafeText.cell("")).isEmpty();
    }
}
