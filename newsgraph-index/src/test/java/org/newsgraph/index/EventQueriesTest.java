package org.newsgraph.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventModality;
import org.newsgraph.model.SourceRef;
import org.newsgraph.model.Span;

/** Event listing and dyads over a knowledge base whose articles carry coded events. */
class EventQueriesTest {
    private static final String TALKS = "Washington held talks with Pyongyang. Washington could threaten Pyongyang.";
    private static final String SHELLING = "Pyongyang shelled a US base on Monday after weeks of quiet diplomacy.";

    @TempDir
    Path dir;
    private KnowledgeBase kb;
    private EventQueries events;

    @BeforeEach
    void ingest() throws Exception {
        try (KnowledgeBase w = KnowledgeBase.open(dir); IngestService ingest = w.ingest("events-test", 10)) {
            store(ingest, "talks", "2021-01-04", TALKS,
                    event(TALKS, "held", "Washington", "Pyongyang", "CONSULT", 1, 1.0, EventModality.ASSERTED,
                            "2021-01-04"),
                    event(TALKS, "threaten", "Washington", "Pyongyang", "THREATEN", 3, -4.4,
                            EventModality.HYPOTHETICAL, "2021-01-05"));
            store(ingest, "shelling", "2021-03-02", SHELLING,
                    event(SHELLING, "shelled", "Pyongyang", "a US base", "ASSAULT", 4, -10, EventModality.ASSERTED,
                            "2021-03-01"));
            store(ingest, "undated", null, TALKS,
                    event(TALKS, "held", "Washington", "Pyongyang", "CONSULT", 1, 1.0, EventModality.ASSERTED, null));
        }
        kb = KnowledgeBase.openReadOnly(dir);
        events = kb.searcher().events();
    }

    @AfterEach
    void close() throws Exception {
        kb.close();
    }

    private static void store(IngestService ingest, String id, String date, String text, Event... events)
            throws Exception {
        Article a = Article.builder().id(id).title(id).text(text).publisher("Wire").published(date).language("en")
                .build();
        Analysis analysis = new Analysis(List.of(new Span(0, text.indexOf('.') + 1)), List.of(), List.of(),
                List.of(), List.of(events), null, List.of());
        ingest.ingest(new AnalyzedArticle(a, analysis), (id + text).getBytes(StandardCharsets.UTF_8),
                SourceRef.ofPath(id));
    }

    private static Event event(String text, String trigger, String source, String target, String type, int quad,
                               double goldstein, EventModality modality, String date) {
        int t = text.indexOf(trigger);
        int sentenceEnd = text.indexOf('.', t) + 1;
        int sentenceStart = text.lastIndexOf('.', t) + 1;
        return new Event(type + t, type, null, null, "0" + quad, goldstein, quad, actor(text, source, sentenceStart),
                actor(text, target, sentenceStart), false, modality, modality == EventModality.NEGATED, date,
                date == null ? Event.DateBasis.UNKNOWN : Event.DateBasis.TEXT,
                new Span(sentenceStart, sentenceEnd), new Span(t, t + trigger.length()), null);
    }

    private static EventActor actor(String text, String words, int from) {
        int at = text.indexOf(words, from);
        String country = words.contains("Pyongyang") ? "PRK" : "USA";
        return new EventActor(words, new Span(at, at + words.length()), null, country, null, null, country);
    }

    @Test
    void lists_each_real_event_once_newest_first_with_its_evidence() {
        Page<EventItem> all = events.list(EventFilter.NONE, 10, 0);
        assertThat(all.total()).isEqualTo(4);
        assertThat(all.items()).extracting(i -> i.event().type())
                .containsExactly("ASSAULT", "THREATEN", "CONSULT", "CONSULT");
        assertThat(all.items().get(3).event().date()).isNull();
        EventEvidence shelling = all.items().get(0).mentions().get(0);
        assertThat(shelling.articleId()).isEqualTo("shelling");
        assertThat(shelling.sentenceText()).isEqualTo(SHELLING);
        assertThat(events.event(all.items().get(0).id())).contains(all.items().get(0));
        assertThat(events.event("42")).isEmpty();
    }

    @Test
    void filters_by_actor_words_or_code_type_and_event_day() {
        assertThat(events.list(new EventFilter("us base", null, null, null), 10, 0).items())
                .extracting(i -> i.event().type()).containsExactly("ASSAULT");
        assertThat(events.list(new EventFilter("prk", "consult", null, null), 10, 0).total()).isEqualTo(2);
        assertThat(events.list(new EventFilter(null, null, LocalDate.parse("2021-01-05"), null), 10, 0).items())
                .extracting(i -> i.event().type()).containsExactly("ASSAULT", "THREATEN");
        assertThat(events.list(EventFilter.NONE, 2, 2).items()).hasSize(2);
        assertThat(events.clusters(new EventFilter(null, "CONSULT", null, null))).hasSize(2);
    }

    @Test
    void an_entity_s_name_finds_its_events_whatever_words_their_sentences_use_for_it() throws Exception {
        Path other = dir.resolve("named");
        String text = "Kim Jong Un arrived in Hanoi. The North Korean leader met the Vietnamese president.";
        int leader = text.indexOf("The North Korean leader");
        Entity kim = new Entity("e1", "Kim Jong Un", EntityType.PERSON,
                List.of(new Span(0, 11), new Span(leader, leader + 23)));
        Event met = event(text, "met", "The North Korean leader", "the Vietnamese president", "CONSULT", 1, 1.0,
                EventModality.ASSERTED, "2019-02-26");
        met = met.withActors(met.source().withEntity("e1"), met.target());
        try (KnowledgeBase w = KnowledgeBase.open(other); IngestService ingest = w.ingest("events-test", 10)) {
            Article a = Article.builder().id("hanoi").title("hanoi").text(text).publisher("Wire")
                    .published("2019-02-26").language("en").build();
            ingest.ingest(new AnalyzedArticle(a, new Analysis(List.of(new Span(0, 29)), List.of(kim), List.of(),
                    List.of(), List.of(met), null, List.of())), text.getBytes(StandardCharsets.UTF_8),
                    SourceRef.ofPath("hanoi"));
        }
        try (KnowledgeBase read = KnowledgeBase.openReadOnly(other)) {
            EventQueries q = read.searcher().events();
            assertThat(q.list(new EventFilter("Kim Jong Un", null, null, null), 10, 0).total()).isEqualTo(1);
            assertThat(q.list(new EventFilter("kim jong-un", null, null, null), 10, 0).total()).isEqualTo(1);
            assertThat(q.clusters(new EventFilter("Kim Jong Un", null, null, null))).hasSize(1);
            assertThat(q.list(new EventFilter("Moon Jae-in", null, null, null), 10, 0).total()).isZero();
            assertThat(q.dyad("Kim Jong Un", "Vietnamese", null, null).total()).isEqualTo(1);
        }
    }

    @Test
    void an_event_is_filtered_by_the_day_it_is_listed_under_not_by_a_later_report_s_day() throws Exception {
        Path other = dir.resolve("later-report");
        try (KnowledgeBase w = KnowledgeBase.open(other); IngestService ingest = w.ingest("events-test", 10)) {
            store(ingest, "talks", "2021-01-04", TALKS, event(TALKS, "held", "Washington", "Pyongyang", "CONSULT", 1,
                    1.0, EventModality.ASSERTED, "2021-01-04"));
            // a report two days later that dated the talks by its own publication day
            store(ingest, "talks-reprinted", "2021-01-06", TALKS, event(TALKS, "held", "Washington", "Pyongyang",
                    "CONSULT", 1, 1.0, EventModality.ASSERTED, "2021-01-06"));
        }
        try (KnowledgeBase read = KnowledgeBase.openReadOnly(other)) {
            EventQueries q = read.searcher().events();
            assertThat(q.list(EventFilter.NONE, 10, 0).items()).singleElement()
                    .satisfies(i -> assertThat(i.event().date()).isEqualTo("2021-01-04"));
            assertThat(q.list(new EventFilter(null, null, LocalDate.parse("2021-01-06"), null), 10, 0).total())
                    .isZero();
            assertThat(q.list(new EventFilter("pyongyang", null, LocalDate.parse("2021-01-04"),
                    LocalDate.parse("2021-01-04")), 10, 0).total()).isEqualTo(1);
        }
    }

    @Test
    void unknown_types_empty_ranges_and_bad_paging_are_the_callers_error() {
        assertThatThrownBy(() -> new EventFilter(null, "HUG", null, null)).isInstanceOf(BadQueryException.class)
                .hasMessageContaining("HUG").hasMessageContaining("ASSAULT");
        assertThatThrownBy(() -> new EventFilter(null, null, LocalDate.parse("2021-02-01"),
                LocalDate.parse("2021-01-01"))).isInstanceOf(BadQueryException.class);
        assertThatThrownBy(() -> events.list(EventFilter.NONE, 0, 0)).isInstanceOf(BadQueryException.class);
        assertThatThrownBy(() -> events.dyad("USA", null, null, null)).isInstanceOf(BadQueryException.class);
    }

    @Test
    void a_dyad_counts_asserted_dated_events_in_either_direction_per_day() {
        Dyad d = events.dyad("usa", "PRK", null, null);
        assertThat(d.bucket()).isEqualTo("day");
        // the hypothetical threat and the undated talks are not counted
        assertThat(d.total()).isEqualTo(2);
        assertThat(d.undated()).isEqualTo(1);
        assertThat(events.dyad("USA", "PRK", LocalDate.parse("2022-01-01"), null))
                .satisfies(later -> assertThat(later.points()).isEmpty())
                .satisfies(later -> assertThat(later.undated()).isEqualTo(1));
        assertThat(d.points()).hasSize(57); // 2021-01-04 .. 2021-03-01, empty days included
        DyadPoint first = d.points().get(0);
        assertThat(first.cooperation().count()).isEqualTo(1);
        assertThat(first.cooperation().goldstein()).isEqualTo(1.0);
        DyadPoint last = d.points().get(56);
        assertThat(last.start()).isEqualTo("2021-03-01");
        assertThat(last.conflict().goldstein()).isEqualTo(-10.0);
        assertThat(events.event(last.conflict().events().get(0)).orElseThrow().event().type()).isEqualTo("ASSAULT");
    }

    @Test
    void a_long_range_is_counted_per_monday_week_then_per_month() {
        Dyad weeks = events.dyad("PRK", "USA", LocalDate.parse("2021-01-01"), LocalDate.parse("2021-12-31"));
        assertThat(weeks.bucket()).isEqualTo("week");
        assertThat(weeks.points().get(0).start()).isEqualTo("2021-01-04");
        assertThat(weeks.points().get(weeks.points().size() - 1).start()).isEqualTo("2021-03-01");
        assertThat(weeks.points()).hasSize(9);
        Dyad months = events.dyad("PRK", "USA", LocalDate.parse("2015-01-01"), null);
        assertThat(months.bucket()).isEqualTo("month");
        assertThat(months.points()).extracting(DyadPoint::start).containsExactly("2021-01-01", "2021-02-01",
                "2021-03-01");
        assertThat(months.points().get(0).end()).isEqualTo("2021-01-31");
    }
}
