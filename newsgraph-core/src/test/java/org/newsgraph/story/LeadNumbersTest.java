package org.newsgraph.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeadNumbersTest {

    @Test
    void reads_years_decimals_and_numbers_of_two_digits_or_more() {
        assertThat(LeadNumbers.of("Fri., May 3, 2013: a magnitude 6.1 quake killed 1,200 people, 33 of them children."))
                .containsExactlyInAnyOrder("2013", "6.1", "1200", "33");
    }

    @Test
    void leaves_out_single_digits_ordinals_and_names_glued_to_letters() {
        assertThat(LeadNumbers.of("The 4th round: 3 goals, a 737MAX and 3D glasses.")).isEmpty();
    }

    @Test
    void reads_the_lead_only() {
        String background = "x".repeat(LeadNumbers.LEAD_CHARS) + " In 1998 a quake of 6.6 struck.";
        assertThat(LeadNumbers.of("A quake struck in 2013. " + background)).containsExactly("2013");
    }

    @Test
    void leaves_out_the_numbers_of_a_time_of_day() {
        assertThat(LeadNumbers.of("7 July 2012 | Last updated at 22: 46 GMT | Klitschko (52-3, 46 knockouts) won."))
                .containsExactlyInAnyOrder("2012", "52", "46");
        assertThat(LeadNumbers.of("September 17, 2013 4:16 PM ET. Microsoft issued a fix at 10 : 30.")).
                containsExactlyInAnyOrder("17", "2013");
        // a colon with no digit across it ends a date line or a label, and the number stays
        assertThat(LeadNumbers.of("May 3, 2013: a quake. Toll: 45 dead.")).containsExactlyInAnyOrder("2013", "45");
    }
}
