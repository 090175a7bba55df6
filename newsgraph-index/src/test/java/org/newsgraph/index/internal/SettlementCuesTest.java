package org.newsgraph.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Span;

class SettlementCuesTest {

    /** Whether the text describes its first {@code name} as a settlement. */
    private static boolean describes(String text, String name) {
        int at = text.indexOf(name);
        return SettlementCues.describe(text, new Span(at, at + name.length()));
    }

    @Test
    void an_apposition_or_the_people_or_settlement_noun_owning_the_name_describe_a_settlement() {
        assertThat(describes("Flooding hit Forest Green, a village in Surrey, and roads closed.", "Forest Green"))
                .isTrue();
        assertThat(describes("Police were called to Kelso, a small market town near the border.", "Kelso")).isTrue();
        assertThat(describes("Water was cut off and residents of Forest Green were evacuated.", "Forest Green"))
                .isTrue();
        assertThat(describes("The council said the town of Chelsea would get new buses.", "Chelsea")).isTrue();
    }

    @Test
    void other_appositions_and_owners_describe_no_settlement() {
        // ordinary news near the cues: a club, a firm, a venue, a team's fans
        assertThat(describes("Forest Green, a club in the fourth tier, sacked its manager.", "Forest Green"))
                .isFalse();
        assertThat(describes("Rio Tinto, a mining company in London, cut its dividend.", "Rio Tinto")).isFalse();
        assertThat(describes("Fans of Forest Green booed the referee.", "Forest Green")).isFalse();
        assertThat(describes("Shares of Aston Martin fell after the town hall meeting.", "Aston Martin")).isFalse();
        assertThat(describes("The mayor of Houston, a city official said, will resign.", "Houston")).isFalse();
        assertThat(describes("He moved to Leeds, a city he loved.", "Leeds")).isFalse();
        assertThat(describes("Old Trafford, the stadium in Manchester, was full.", "Old Trafford")).isFalse();
    }
}
