package org.newsgraph.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.TimeExpression;

class AgoDatesTest {

    private static String ago(String text, String words, String value, String published) {
        int at = text.indexOf(words);
        return AgoDates.value(new TimeExpression(words, at, at + words.length(), "DURATION", value), text, published);
    }

    @Test
    void hours_ago_count_back_from_the_publication_time_across_midnight() {
        assertThat(ago("The blast hit the market three hours ago.", "three hours", "PT3H", "2020-03-01T01:30:00Z"))
                .isEqualTo("2020-02-29");
        assertThat(ago("The blast hit the market three hours ago.", "three hours", "PT3H", "2020-03-01"))
                .isEqualTo("2020-03-01");
    }

    @Test
    void weeks_and_decades_count_back_and_a_duration_without_ago_is_no_date() {
        assertThat(ago("They met two weeks ago.", "two weeks", "P2W", "2020-03-01")).isEqualTo("2020-02-16");
        assertThat(ago("The war ended a decade ago.", "a decade", "P10Y", "2020-03-01")).isEqualTo("2010");
        assertThat(ago("The talks lasted two weeks.", "two weeks", "P2W", "2020-03-01")).isNull();
        assertThat(ago("They met one and a half years ago.", "one and a half years", "P1.5Y", "2020-03-01")).isNull();
        assertThat(ago("They met two weeks ago.", "two weeks", "P2W", null)).isNull();
    }

    @Test
    void amounts_beyond_history_give_no_date_instead_of_failing() {
        assertThat(ago("The crater formed 65 million years ago.", "65 million years", "P65000000Y", "2020-03-01"))
                .isNull();
        assertThat(ago("Stars formed 13 billion years ago.", "13 billion years", "P13000000000Y", "2020-03-01"))
                .isNull();
        assertThat(ago("It began 99999999999999999999 days ago.", "99999999999999999999 days",
                "P99999999999999999999D", "2020-03-01")).isNull();
        assertThat(ago("It began 900000000 hours ago.", "900000000 hours", "PT900000000H", "2020-03-01T10:00:00Z"))
                .isNull();
        assertThat(ago("The city was founded 900 years ago.", "900 years", "P900Y", "2020-03-01")).isEqualTo("1120");
    }
}
