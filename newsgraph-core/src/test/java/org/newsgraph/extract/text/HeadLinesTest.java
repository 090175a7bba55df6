package org.newsgraph.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeadLinesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '#', nullValues = "-", value = {
            "Kharkiv Courier, 12 May 2025, by Olena Marchenko#2025-05-12#Olena Marchenko#Kharkiv Courier",
            "Lviv Evening Post. 3 June 2024. By Petro Hnatiuk.#2024-06-03#Petro Hnatiuk#Lviv Evening Post",
            "Harbor Gazette, March 3, 2024, by Jane Fielding#2024-03-03#Jane Fielding#Harbor Gazette",
            "Valley Times, Tuesday, April 9, 2024, by Tom Ashby and Mia Ross#2024-04-09#Tom Ashby;Mia Ross#Valley Times",
            "Coast Weekly, 30 October 2026, by Ana Lima, Tom Berg#2026-10-30#Ana Lima;Tom Berg#Coast Weekly",
            "By Lena Ortiz, 14 February 2025#2025-02-14#Lena Ortiz#-",
            "Posted 12 May 2025, 10:30, by Jane Doe#2025-05-12#Jane Doe#-",
            "Jane Doe | 14 February 2025#2025-02-14#Jane Doe#-",
            "Black Sea Monitor | 8 January 2025 | By Ivan Sokol#2025-01-08#Ivan Sokol#Black Sea Monitor"})
    void reads_head_lines_whatever_sets_their_pieces_apart(String line, String date, String names, String outlet) {
        LineFact fact = HeadLines.read(line);
        assertThat(fact).isNotNull();
        assertThat(fact.value()).isEqualTo(date);
        assertThat(fact.names()).containsExactly(names.split(";"));
        assertThat(fact.outlet()).isEqualTo(outlet);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Kyiv, 30 October 2026",
            "New York, 5 March 2026",
            "NEW YORK | 5 March 2026",
            "Harbor Gazette, 5 March 2026",
            "Daily Planet | 3 June 2024",
            "Storm hits coast, 12 May 2025, leaving thousands without power",
            "Odesa, 4 March 2025. The port reopened on Monday after a week of closure.",
            "Flooding worsened, 12 May 2025, by all accounts the worst in a decade."})
    void leaves_datelines_outlets_alone_and_prose_with_a_date(String line) {
        assertThat(HeadLines.read(line)).isNull();
    }
}
