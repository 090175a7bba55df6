package org.newsgraph.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.Span;

class CounterpartsTest {

    private static EventActor actor(String text, String country) {
        return new EventActor(text, new Span(0, text.length()), null, country, "GOV", null, null);
    }

    @Test
    void only_meeting_cooperation_and_aid_coded_by_default_with_one_counterpart_ask_what_is_given() {
        BooleanSupplier unasked = () -> {
            throw new AssertionError("the object was looked up though the answer could not matter");
        };
        BooleanSupplier nothingGiven = () -> false;
        List<EventActor> one = List.of(actor("Putin", "RUS"));
        assertThat(Counterparts.missing(new VerbMatcher.Coded("190", null, 0, true), one, List.of(), unasked, unasked))
                .isFalse();
        assertThat(Counterparts.missing(new VerbMatcher.Coded("060", null, 0, false), one, List.of(), unasked, unasked))
                .isFalse();
        assertThat(Counterparts.missing(new VerbMatcher.Coded("040", null, 0, true), one, List.of(), unasked,
                nothingGiven)).isTrue();
        assertThat(Counterparts.missing(new VerbMatcher.Coded("070", null, 0, true), one, List.of(), unasked,
                nothingGiven)).isTrue();
        List<EventActor> two = List.of(actor("Putin", "RUS"), actor("Biden", "USA"));
        assertThat(Counterparts.missing(new VerbMatcher.Coded("060", null, 0, true), two, List.of(), unasked, unasked))
                .isFalse();
        VerbMatcher.Coded byDefault = new VerbMatcher.Coded("061", null, 0, true);
        assertThat(Counterparts.missing(byDefault, one, one, () -> true, unasked)).isTrue();
        assertThat(Counterparts.missing(byDefault, one, one, () -> false, unasked)).isFalse();
        // aid or money given needs no recipient
        assertThat(Counterparts.missing(byDefault, one, List.of(), unasked, () -> true)).isFalse();
    }
}
