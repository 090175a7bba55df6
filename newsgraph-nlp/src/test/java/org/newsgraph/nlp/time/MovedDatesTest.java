package org.newsgraph.nlp.time;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.nlp.Fixtures;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** "From 2029 to 2021" is two dates where a date is moved, or where it runs backwards; else a span. */
class MovedDatesTest {

    private static List<String> times(String text) {
        return Fixtures.analyze(text, "2026-11-20").analysis().times().stream()
                .map(t -> t.text() + "=" + t.type() + ":" + t.value()).toList();
    }

    @Test
    void a_moved_date_is_two_dates() {
        assertThat(times("The operator moved the end of support from 2029 to 2021, angering its users."))
                .containsExactly("2029=DATE:2029", "2021=DATE:2021");
        assertThat(times("The target date was pushed back from 2030 to 2035."))
                .containsExactly("2030=DATE:2030", "2035=DATE:2035");
        assertThat(times("The government brought the ban forward from 2040 to 2030."))
                .containsExactly("2040=DATE:2040", "2030=DATE:2030");
    }

    @Test
    void a_span_of_years_stays_a_duration() {
        assertThat(times("From 2019 to 2021 he served as finance minister."))
                .containsExactly("From 2019 to 2021=DURATION:P2Y");
        assertThat(times("Prices were cut from 2019 to 2021 as the market slumped."))
                .containsExactly("from 2019 to 2021=DURATION:P2Y");
        assertThat(times("He was moved from the defence ministry to the treasury from 2020 to 2022."))
                .containsExactly("from 2020 to 2022=DURATION:P2Y");
        assertThat(times("The club changed its crest in 2014 and its name from 1998 to 2003 was Athletic."))
                .containsExactly("2014=DATE:2014", "from 1998 to 2003=DURATION:P5Y");
    }
}
