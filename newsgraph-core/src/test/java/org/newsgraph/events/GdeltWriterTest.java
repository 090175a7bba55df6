package org.newsgraph.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.events.EventDeduplicatorTest.actor;
import static org.newsgraph.events.EventDeduplicatorTest.event;
import static org.newsgraph.events.EventDeduplicatorTest.report;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventModality;
import org.newsgraph.model.Span;

class GdeltWriterTest {

    private static final EventActor UN = new EventActor("the United Nations", new Span(30, 48), null, "IGO", null,
            "UNO", "IGOUNO");

    @Test
    void event_rows_have_the_61_gdelt_columns_with_codes_dates_and_counts_in_place() {
        Event e = event("REQUEST", "1041", actor("USAGOV", "USA", "GOV", 0), UN, "2018-06-12",
                EventModality.ASSERTED, false);
        EventCluster c = new EventDeduplicator(1).dedup(List.of(
                report("a", "g", "AP", "2018-06-13T04:05:06Z", e), report("b", "g", "Copy", "2018-06-13T09:00:00Z", e))).get(0);
        String[] row = GdeltWriter.eventRow(c);
        assertThat(row).hasSize(61);
        assertThat(row[1]).isEqualTo("20180612");
        assertThat(row[2]).isEqualTo("201806");
        assertThat(row[3]).isEqualTo("2018");
        assertThat(row[5]).isEqualTo("USAGOV");
        assertThat(row[7]).isEqualTo("USA");
        assertThat(row[12]).isEqualTo("GOV");
        assertThat(row[15]).isEqualTo("IGOUNO");
        assertThat(row[17]).isEmpty(); // an IGO has no country
        assertThat(row[18]).isEqualTo("UNO");
        assertThat(row[22]).isEqualTo("IGO");
        assertThat(row[26]).isEqualTo("1041");
        assertThat(row[27]).isEqualTo("104");
        assertThat(row[28]).isEqualTo("10");
        assertThat(row[31]).isEqualTo("2");
        assertThat(row[33]).isEqualTo("1");
        assertThat(row[59]).isEqualTo("20180613040506");
        assertThat(row[60]).isEqualTo("https://example.org/a");
    }

    @Test
    void mention_rows_have_16_columns_with_offsets_and_mark_syndicated_copies() {
        Event e = event("ASSAULT", "190", actor("PRKMIL", "PRK", "MIL", 3), null, "2017-07-04",
                EventModality.ASSERTED, false);
        EventCluster c = new EventDeduplicator(0).dedup(List.of(report("a", "g", "AP", "2017-07-04", e),
                report("b", "g", "Copy", "2017-07-05", e))).get(0);
        String[] first = GdeltWriter.mentionRow(c, c.mentions().get(0));
        String[] copy = GdeltWriter.mentionRow(c, c.mentions().get(1));
        assertThat(first).hasSize(16);
        assertThat(first[1]).isEqualTo("20170704000000");
        assertThat(first[7]).isEqualTo("3");
        assertThat(first[8]).isEqualTo("-1");
        assertThat(first[9]).isEqualTo("10");
        assertThat(first[15]).isEmpty();
        assertThat(copy[15]).contains("SYNDICATED_COPY");
    }

    @Test
    void only_asserted_dated_events_are_written_because_gdelt_has_no_modality_and_dates_every_row() {
        StringWriter events = new StringWriter(), mentions = new StringWriter();
        GdeltWriter w = new GdeltWriter(events, mentions);
        Event hypothetical = event("ASSAULT", "190", actor("PRK", "PRK", null, 0), null, "2017-08-09",
                EventModality.HYPOTHETICAL, false);
        Event asserted = event("THREATEN", "138", actor("PRK", "PRK", null, 0), null, "2017-08-09",
                EventModality.ASSERTED, false);
        Event undated = event("ACCUSE", "112", actor("PRK", "PRK", null, 0), null, null, EventModality.ASSERTED,
                false);
        List<EventCluster> clusters = new EventDeduplicator(0).dedup(List.of(report("a", null, "X", "2017-08-09",
                hypothetical), report("a", null, "X", "2017-08-09", asserted), report("b", null, "X", null, undated)));
        assertThat(clusters).hasSize(3);
        assertThat(clusters.stream().filter(w::write).count()).isEqualTo(1);
        assertThat(events.toString().lines()).singleElement().satisfies(l -> {
            assertThat(l.split("\t", -1)).hasSize(61);
            assertThat(l).contains("\t138\t");
        });
        assertThat(mentions.toString().lines()).hasSize(1);
    }
}
