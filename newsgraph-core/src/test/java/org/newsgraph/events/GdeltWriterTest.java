package org.newsgraph.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.events.EventDeduplicatorTest.actor;
import static org.newsgraph.events.EventDeduplicatorTest.event;
import static org.newsgraph.events.EventDeduplicatorTest.report;

import java.io.StringWriter;
import java.time.LocalDate;
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
        assertThat(row[4]).isEqualTo("2018.4438"); // (5 * 30 + 12) / 365
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
    void fraction_date_counts_the_days_before_the_month_as_gdelt_does_and_stays_within_the_year() {
        assertThat(GdeltWriter.fractionDate(LocalDate.of(1979, 1, 1))).isEqualTo("1979.0027");
        assertThat(GdeltWriter.fractionDate(LocalDate.of(2025, 3, 11))).isEqualTo("2025.1945");
        assertThat(GdeltWriter.fractionDate(LocalDate.of(2024, 12, 31))).startsWith("2024.");
    }

    @Test
    void tabs_and_line_breaks_in_any_text_cell_do_not_split_rows() {
        Event e = event("ASSAULT", "190", new EventActor("the\tarmy\nof X", new Span(3, 15), null, "PRK", "MIL", null,
                "PRKMIL"), null, "2017-07-04", EventModality.ASSERTED, false);
        EventMention m = new EventMention("a", null, "Tab\tPress\nLtd", "https://example.org/a\tb\r\nc",
                "2017-07-04", 1, 400, e, true);
        StringWriter events = new StringWriter(), mentions = new StringWriter();
        new GdeltWriter(events, mentions).write(new EventDeduplicator(0).dedup(List.of(m)).get(0));
        assertThat(events.toString().lines()).singleElement()
                .satisfies(l -> assertThat(l.split("\t", -1)).hasSize(61).contains("ARMY OF X",
                        "https://example.org/a b  c"));
        assertThat(mentions.toString().lines()).singleElement()
                .satisfies(l -> assertThat(l.split("\t", -1)).hasSize(16).contains("Tab Press Ltd"));
    }

    @Test
    void mentions_join_their_event_on_its_dateadded_which_is_utc() {
        Event e = event("ASSAULT", "190", actor("PRKMIL", "PRK", "MIL", 3), null, "2017-07-03",
                EventModality.ASSERTED, false);
        EventCluster c = new EventDeduplicator(1).dedup(List.of(report("a", null, "AP", "2017-07-04T01:30:00+02:00", e),
                report("b", null, "Later", "2017-07-04T09:00:00-04:00", e))).get(0);
        String[] row = GdeltWriter.eventRow(c);
        assertThat(row[59]).isEqualTo("20170703233000");
        assertThat(c.mentions()).allSatisfy(m -> assertThat(GdeltWriter.mentionRow(c, m)[1]).isEqualTo(row[59]));
        assertThat(GdeltWriter.mentionRow(c, c.mentions().get(1))[2]).isEqualTo("20170704130000");
    }

    @Test
    void a_page_without_url_is_a_citation_not_a_web_mention() {
        Event e = event("ASSAULT", "190", actor("PRKMIL", "PRK", "MIL", 3), null, "2017-07-04",
                EventModality.ASSERTED, false);
        EventMention m = new EventMention("f00d", null, null, null, "2017-07-04", 1, 400, e, true);
        EventCluster c = new EventDeduplicator(0).dedup(List.of(m)).get(0);
        String[] row = GdeltWriter.mentionRow(c, m);
        assertThat(row[3]).isEqualTo("2");
        assertThat(row[5]).isEqualTo("f00d");
        assertThat(GdeltWriter.mentionRow(c, report("a", null, "AP", "2017-07-04", e))[3]).isEqualTo("1");
    }

    @Test
    void actor_names_read_without_the_preposition_and_article_the_parse_kept() {
        assertThat(GdeltWriter.name("by the Pentagon")).isEqualTo("PENTAGON");
        assertThat(GdeltWriter.name("to the World Wide Developers Conference"))
                .isEqualTo("WORLD WIDE DEVELOPERS CONFERENCE");
        assertThat(GdeltWriter.name("North Korean leader Kim")).isEqualTo("NORTH KOREAN LEADER KIM");
        assertThat(GdeltWriter.name("of a spokesman")).isEqualTo("SPOKESMAN");
    }

    @Test
    void a_company_is_in_its_home_state_and_in_no_known_group() {
        EventActor toyota = new EventActor("Toyota", new Span(0, 6), null, "MNC", null, null, "MNCJPN");
        Event e = event("COERCE", "171", toyota, UN, "2006-01-27", EventModality.ASSERTED, false);
        String[] row = GdeltWriter.eventRow(new EventDeduplicator(0).dedup(List.of(report("a", null, "X",
                "2006-01-27", e))).get(0));
        assertThat(row[5]).isEqualTo("MNCJPN");
        assertThat(row[7]).isEqualTo("JPN");
        assertThat(row[8]).isEmpty();
        assertThat(row[12]).isEqualTo("MNC");
        assertThat(row[17]).isEmpty();
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
