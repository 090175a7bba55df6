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
}
