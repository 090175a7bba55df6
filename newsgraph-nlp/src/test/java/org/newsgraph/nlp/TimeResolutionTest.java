package org.newsgraph.nlp;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.TimeExpression;

import static org.assertj.core.api.Assertions.assertThat;

class TimeResolutionTest {

    /** Wednesday 20 February 2019. */
    private static final String PUBLISHED = "2019-02-20";

    private static String valueOf(Analysis a, String text) {
        return a.times().stream().filter(t -> t.text().contains(text)).map(TimeExpression::value).findFirst()
                .orElseThrow(() -> new AssertionError("no time '" + text + "' in " + a.times()));
    }

    @Test
    void relative_expressions_resolve_against_the_publication_date() {
        Analysis a = Fixtures.analyze("Prices rose sharply last month. The vote failed on Tuesday. The leaders "
                + "will meet in Hanoi on February 27-28, and the treaty will be signed in June.", PUBLISHED).analysis();
        assertThat(valueOf(a, "last month")).isEqualTo("2019-01");
        assertThat(valueOf(a, "Tuesday")).isEqualTo("2019-02-19");
        assertThat(valueOf(a, "February 27")).isEqualTo("2019-02-27/2019-02-28");
        assertThat(valueOf(a, "June")).isEqualTo("2019-06");
    }

    @Test
    void past_tense_places_a_bare_month_and_weekday_before_the_date() {
        Analysis a = Fixtures.analyze("The company reported losses in December. Its chief resigned on Friday.",
                PUBLISHED).analysis();
        assertThat(valueOf(a, "December")).isEqualTo("2018-12");
        assertThat(valueOf(a, "Friday")).isEqualTo("2019-02-15");
    }

    @Test
    void the_verb_nearest_to_a_weekday_decides_its_direction() {
        Analysis a = Fixtures.analyze("The carrier confirmed Monday that it will close two depots. The hearing is "
                + "scheduled to open on Thursday.", PUBLISHED).analysis();
        assertThat(valueOf(a, "Monday")).isEqualTo("2019-02-18");
        assertThat(valueOf(a, "Thursday")).isEqualTo("2019-02-21");
    }

    @Test
    void durations_carry_their_amount_as_a_timex3_period() {
        Analysis a = Fixtures.analyze("The mill will shed 400 jobs over the next three years. The new bridge is "
                + "nearly one and a half years late. Shipments ran from 2012 to 2015.", PUBLISHED).analysis();
        assertThat(valueOf(a, "three years")).isEqualTo("P3Y");
        assertThat(valueOf(a, "half years")).isEqualTo("P1.5Y");
        assertThat(a.times()).allSatisfy(t -> {
            if (t.type().equals("DURATION")) assertThat(t.value()).matches("P(\\d|T).*");
        });
    }

    @Test
    void the_last_quarter_is_the_one_before_the_publication_date() {
        Analysis a = Fixtures.analyze("Sales of the handset doubled in the last quarter.", PUBLISHED).analysis();
        assertThat(valueOf(a, "last quarter")).isEqualTo("2018-Q4");
    }

    @Test
    void offsets_point_at_the_expression() {
        String text = "Officials said yesterday that the bridge reopened.";
        Analysis a = Fixtures.analyze(text, PUBLISHED).analysis();
        TimeExpression t = a.times().get(0);
        assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text()).isEqualTo("yesterday");
        assertThat(t.value()).isEqualTo("2019-02-19");
    }

    @Test
    void an_undated_article_is_dated_by_its_latest_past_reference_and_resolved_against_it() {
        Analysis a = Fixtures.analyze("The storm hit the coast on March 3, 2018. Two days later, on March 5, "
                + "2018, officials counted the damage. Repairs began the next week.", null).analysis();
        assertThat(a.publishedEstimate()).isNotNull();
        assertThat(a.publishedEstimate().earliest()).isEqualTo("2018-03-05");
        assertThat(a.publishedEstimate().basis()).contains("March 5");
    }
}
