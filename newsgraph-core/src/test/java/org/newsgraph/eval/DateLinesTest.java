package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateLinesTest {

    @Test
    void blanks_the_first_date_with_a_year_and_keeps_the_offsets() {
        String text = "Microsoft Rushes Fix | September 17, 2013 4: 16 PM ET | On May 3, 2012 it did the same.";
        String blanked = DateLines.blank(text);
        assertThat(blanked).hasSameSizeAs(text)
                .isEqualTo("Microsoft Rushes Fix | " + " ".repeat(18) + " 4: 16 PM ET | On May 3, 2012 it did the same.");
    }

    @Test
    void reads_the_ways_ECB_plus_date_lines_are_written() {
        assertThat(DateLines.blank("27 / 09 / 2013 - Turkmenistan to hold elections")).startsWith(" ".repeat(14) + " -");
        assertThat(DateLines.blank("Posted 12 / 16 / 08 1: 30 AM EST")).isEqualTo("Posted " + " ".repeat(12) + " 1: 30 AM EST");
        assertThat(DateLines.blank("Turkmen election | 2013 - 09 - 26 | For the first time"))
                .isEqualTo("Turkmen election | " + " ".repeat(14) + " | For the first time");
        assertThat(DateLines.blank("Sunday, 21 July 2013 | A fire")).isEqualTo("Sunday, " + " ".repeat(12) + " | A fire");
        assertThat(DateLines.blank("December 15th, 2008, 7: 35 am")).startsWith(" ".repeat(19) + ",");
    }

    @Test
    void leaves_dates_without_a_year_weekdays_other_numbers_and_dates_past_the_lead() {
        String noYear = "Voting began in Turkmenistan on Dec. 14 and on Sunday 288 candidates ran for 125 seats.";
        assertThat(DateLines.blank(noYear)).isEqualTo(noYear);
        String late = "x".repeat(DateLines.LEAD_CHARS) + " It began on April 28, 2009.";
        assertThat(DateLines.blank(late)).isEqualTo(late);
    }
}
