package org.newsgraph.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventModality;
import org.newsgraph.model.Span;

class EventFilterTest {
    private static final EventFilter CODED = new EventFilter(null, null, null, null, true);

    private static EventActor actor(String text, String country, String organization, String sector) {
        return new EventActor(text, new Span(0, text.length()), null, country, sector, organization, null);
    }

    private static Event event(EventActor source, EventActor target) {
        return new Event("e", "ACCUSE", null, null, "111", -2, 3, source, target, false, EventModality.ASSERTED,
                false, null, Event.DateBasis.UNKNOWN, new Span(0, 10), new Span(0, 5), null);
    }

    @Test
    void coded_keeps_events_whose_doer_has_a_country_an_organisation_or_a_sector() {
        EventActor police = actor("the police", null, null, "COP");
        assertThat(CODED.matches(event(actor("Pyongyang", "PRK", null, "GOV"), null))).isTrue();
        assertThat(CODED.matches(event(actor("the United Nations", "IGO", "UNO", null), null))).isTrue();
        assertThat(CODED.matches(event(police, null))).isTrue();
        assertThat(CODED.matches(event(actor("the shares of the company", null, null, null), police))).isFalse();
        assertThat(CODED.matches(event(null, police))).isFalse();
        assertThat(EventFilter.NONE.matches(event(actor("the shares of the company", null, null, null), null)))
                .isTrue();
    }
}
