package org.newsgraph.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StreamFrontTest {

    private static StreamFront of(int horizonDays, int... days) {
        StreamFront front = new StreamFront(horizonDays);
        for (int day : days) front.arrived(day);
        return front;
    }

    @Test
    void no_dated_arrival_has_no_front() {
        assertThat(new StreamFront(30).day()).isNull();
    }

    @Test
    void the_front_is_the_latest_day_seen_in_a_stream_that_keeps_its_pace() {
        assertThat(of(30, 100, 101, 101, 103, 102).day()).isEqualTo(103);
        assertThat(of(30, 100, 120).day()).isEqualTo(120);
        assertThat(of(30, 500).day()).isEqualTo(500);
    }

    @Test
    void too_few_other_days_to_judge_leave_the_latest_as_the_front() {
        assertThat(of(30, 0, 100).day()).isEqualTo(100);
        assertThat(of(30, 0, 1, 2_700).day()).isEqualTo(2_700);
        assertThat(of(30, 0, 1, 2, 2_700).day()).isEqualTo(2);
    }

    @Test
    void a_single_day_far_ahead_of_the_others_is_taken_for_an_error() {
        assertThat(of(30, 100, 101, 102, 2_700, 103).day()).isEqualTo(103);
        // just beyond the horizon is far ahead for a dense stream
        assertThat(of(30, 100, 101, 102, 133).day()).isEqualTo(102);
    }

    @Test
    void a_second_day_of_the_new_period_confirms_it() {
        assertThat(of(30, 100, 101, 102, 465, 466).day()).isEqualTo(466);
    }

    @Test
    void a_sparse_stream_moves_its_front_with_each_article() {
        // months between articles: a quarter on is no further ahead than the others lie apart
        assertThat(of(30, 0, 90, 200, 310, 400).day()).isEqualTo(400);
        assertThat(of(30, 0, 90, 200, 310, 3_000).day()).isEqualTo(310);
    }

    @Test
    void only_the_latest_arrivals_count() {
        StreamFront front = of(30, 0, 2_000);
        for (int i = 0; i < StreamFront.RECENT; i++) front.arrived(3_000 + i);
        assertThat(front.day()).isEqualTo(3_000 + StreamFront.RECENT - 1);
    }

    @Test
    void a_horizon_of_forever_takes_every_day_as_it_comes() {
        assertThat(of(Integer.MAX_VALUE, Integer.MIN_VALUE + 1, 0, 100, Integer.MAX_VALUE - 1).day())
                .isEqualTo(Integer.MAX_VALUE - 1);
    }
}
