package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.events.DropLog;

class DropCountsTest {

    @Test
    void counts_each_reason_and_lists_the_most_frequent_first_with_the_total() {
        DropCounts c = new DropCounts();
        c.add(DropLog.Reason.NO_SUBJECT);
        c.add(DropLog.Reason.NO_PATTERN);
        c.add(DropLog.Reason.NO_PATTERN);
        assertThat(c.count(DropLog.Reason.NO_PATTERN)).isEqualTo(2);
        assertThat(c.count(DropLog.Reason.NO_VERB)).isZero();
        assertThat(c.table().lines()).containsExactly(
                "    3 sentences without any event",
                "    2  " + DropLog.Reason.NO_PATTERN.label(),
                "    1  " + DropLog.Reason.NO_SUBJECT.label());
    }

    @Test
    void no_sentence_without_an_event_is_a_total_of_zero_and_nothing_else() {
        assertThat(new DropCounts().table().lines()).containsExactly("    0 sentences without any event");
    }
}
