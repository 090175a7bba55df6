package org.newsgraph.nlp.time;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.nlp.Fixtures;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A capitalised "Second" in a name is no time. */
class NamedOrdinalsTest {

    private static List<String> times(String text) {
        return Fixtures.analyze(text, "2026-11-20").analysis().times().stream().map(TimeExpression::text).toList();
    }

    @Test
    void second_in_a_name_is_no_time() {
        assertThat(times("Roosevelt led the country during the Second World War.")).isEmpty();
        assertThat(times("The Second Division side beat the champions 2-1.")).isEmpty();
        assertThat(times("Queen Elizabeth the Second opened the bridge.")).isEmpty();
        assertThat(times("The Second Circuit Court of Appeals upheld the ruling.")).isEmpty();
    }

    @Test
    void other_seconds_are_left_as_they_were() {
        assertThat(times("Only a second later the car hit the barrier, the court heard.")).containsExactly("a second later");
        assertThat(times("For the second time this year the bank raised its rate.")).containsExactly("this year");
    }
}
