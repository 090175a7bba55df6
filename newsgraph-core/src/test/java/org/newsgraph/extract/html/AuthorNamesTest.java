package org.newsgraph.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthorNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "By Jane Doe and John Roe|Jane Doe;John Roe",
            "Written by: Ana Lima, Tom Berg & Kim Park|Ana Lima;Tom Berg;Kim Park",
            "Dylan Bailey, MS, RD, FAND|Dylan Bailey",
            "By Jane Doe, Senior Editor, The Atlantic|Jane Doe",
            "Jane Doe, Home and Garden Editor|Jane Doe",
            "By Matt Miller on Dec 16, 2025 at 11:00 AM|Matt Miller",
            "By Reyan Perumal Published on July 18, 2025|Reyan Perumal",
            "ByTrevor Jones|Trevor Jones",
            "Podium Staff|Podium Staff",
            "The Investopedia Team|The Investopedia Team",
            "jane.doe@example.com Jane Doe|Jane Doe",
            "Martin Luther King, Jr.|Martin Luther King Jr.",
            "Staff Writer|",
            "https://www.facebook.com/janedoe|",
            "Medically reviewed by Dr. Ann Lee|",
            "Eve <script>alert(1)</script> Hacker, Mallory Stone|Eve Hacker;Mallory Stone",
            "<b>Jane Doe</b> & <i>John Roe</i>|Jane Doe;John Roe",
            "Tom Berg <tberg@example.com>|Tom Berg"})
    void splits_bylines_into_names(String byline, String expected) {
        List<String> want = expected == null ? List.of() : List.of(expected.split(";"));
        assertThat(AuthorNames.split(byline, true)).isEqualTo(want);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"jsmith|true|jsmith", "jsmith|false|"})
    void accepts_lower_case_user_names_only_when_declared(String byline, boolean declared, String expected) {
        assertThat(AuthorNames.split(byline, declared)).isEqualTo(expected == null ? List.of() : List.of(expected));
    }
}
