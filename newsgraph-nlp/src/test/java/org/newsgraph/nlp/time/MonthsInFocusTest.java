package org.newsgraph.nlp.time;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.nlp.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/** "The month" is the month the text has just named, else the reference's. */
class MonthsInFocusTest {

    private static String valueOf(String text, String time) {
        Analysis a = Fixtures.analyze(text, "2026-11-20").analysis();
        return a.times().stream().filter(t -> t.text().equals(time)).map(TimeExpression::value).findFirst()
                .orElseThrow(() -> new AssertionError("no time '" + time + "' in " + a.times()));
    }

    @Test
    void the_month_named_just_before_is_the_month() {
        assertThat(valueOf("This is the October edition of our monthly business digest. It opens with an overview of"
                + " the month's biggest deals.", "the month")).isEqualTo("2026-10");
        assertThat(valueOf("In March the factory cut 200 jobs. By the end of the month it had closed a second "
                + "plant.", "the end of the month")).isEqualTo("2026-03");
        assertThat(valueOf("Unemployment fell in October, and the month also brought a rise in wages.", "the month"))
                .isEqualTo("2026-10");
    }

    @Test
    void with_no_month_or_two_before_it_the_month_is_the_reference_s() {
        assertThat(valueOf("Prices rose 2 percent earlier in the month, the statistics office said.", "the month"))
                .isEqualTo("2026-11");
        assertThat(valueOf("Exports rose 4 percent in October from September, the biggest gain for the month since "
                + "2019.", "the month")).isEqualTo("2026-11");
        assertThat(valueOf("Inflation slowed in October.\n\nTrading was quiet for most of the month as investors "
                + "waited.", "the month")).isEqualTo("2026-11");
        assertThat(valueOf("Inflation slowed in October. Sales fell this month as shoppers waited for discounts.",
                "this month")).isEqualTo("2026-11");
    }
}
