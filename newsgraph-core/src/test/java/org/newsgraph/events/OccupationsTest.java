package org.newsgraph.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.Span;

class OccupationsTest {
    private static EventActor actor(String text, String country, String sector, String organization) {
        return new EventActor(text, new Span(0, text.length()), null, country, sector, organization, null);
    }

    @Test
    void a_state_an_armed_group_or_a_government_occupies_and_an_unnamed_occupier_stands() {
        assertThat(Occupations.plausible("192", List.of(actor("Israel", "ISR", null, null)))).isTrue();
        assertThat(Occupations.plausible("192", List.of(actor("rebels", null, "REB", null)))).isTrue();
        assertThat(Occupations.plausible("192", List.of())).isTrue();
    }

    @Test
    void a_club_a_party_or_an_organisation_does_not() {
        assertThat(Occupations.plausible("192", List.of(actor("Arsenal", null, null, null)))).isFalse();
        assertThat(Occupations.plausible("192", List.of(actor("Labour", "GBR", "PTY", null)))).isFalse();
        assertThat(Occupations.plausible("192", List.of(actor("the UN", null, null, "IGOUNO")))).isFalse();
        // a company's code names a state (MNCJPN), but the company is none: "Toyota moved into third place"
        assertThat(Occupations.plausible("192", List.of(actor("Toyota", "MNC", null, null)))).isFalse();
        assertThat(Occupations.plausible("192", List.of(actor("the UN", "IGO", null, "UNO")))).isFalse();
    }

    @Test
    void other_codes_are_not_its_business() {
        assertThat(Occupations.plausible("190", List.of(actor("Arsenal", null, null, null)))).isTrue();
        assertThat(Occupations.plausible(null, List.of(actor("Arsenal", null, null, null)))).isTrue();
    }
}
