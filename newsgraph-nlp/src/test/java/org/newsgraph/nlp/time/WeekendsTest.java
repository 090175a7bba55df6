package org.newsgraph.nlp.time;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.nlp.Fixtures;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** "The weekend" told in the past tense is the weekend just gone. */
class WeekendsTest {

    private static String valueOf(String text, String published, String time) {
        Analysis a = Fixtures.analyze(text, published).analysis();
        return a.times().stream().filter(t -> t.text().equals(time)).map(TimeExpression::value).findFirst()
                .orElseThrow(() -> new AssertionError("no time '" + time + "' in " + a.times()));
    }

    @Test
    void a_past_tense_takes_the_weekend_before_the_reference() {
        // Thursday 19 November 2026 is in ISO week 47; the weekend before it, 14-15 November, in week 46
        assertThat(valueOf("Two people were killed in a shooting at a shopping centre during the weekend, police "
                + "said.", "2026-11-19", "the weekend")).isEqualTo("2026-W46-WE");
        assertThat(valueOf("Protesters marched through the capital at the weekend, demanding early elections.",
                "2026-11-16", "the weekend")).isEqualTo("2026-W46-WE");
        assertThat(valueOf("The minister spent the weekend at his farm, his office said.", "2026-11-19",
                "the weekend")).isEqualTo("2026-W46-WE");
    }

    @Test
    void on_a_weekend_day_the_past_is_that_weekend() {
        assertThat(Weekends.lastBegun(LocalDate.parse("2026-11-21"))).isEqualTo("2026-W47-WE");
        assertThat(Weekends.lastBegun(LocalDate.parse("2026-11-22"))).isEqualTo("2026-W47-WE");
        assertThat(Weekends.lastBegun(LocalDate.parse("2026-11-20"))).isEqualTo("2026-W46-WE");
        assertThat(Weekends.lastBegun(LocalDate.parse("2027-01-02"))).isEqualTo("2026-W53-WE");
    }

    @Test
    void the_future_a_habit_and_other_weekends_keep_their_value() {
        assertThat(valueOf("Fans will gather in the square over the weekend to watch the final.", "2026-11-19",
                "the weekend")).isEqualTo("2026-W47-WE");
        assertThat(valueOf("Police said the roads would be closed over the weekend for the marathon.", "2026-11-17",
                "the weekend")).isEqualTo("2026-W47-WE");
        assertThat(valueOf("The strike, which began on Monday, is expected to last through the weekend.",
                "2026-11-19", "the weekend")).isEqualTo("2026-W47-WE");
        assertThat(valueOf("Doctors say patients admitted at the weekend face longer waits.", "2026-11-19",
                "the weekend")).isEqualTo("2026-W47-WE");
    }
}
