package org.newsgraph.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventModality;
import org.newsgraph.model.Span;

class EventDeduplicatorTest {

    static EventActor actor(String code, String country, String sector, int at) {
        return new EventActor(code, new Span(at, at + 5), null, country, sector, null, code);
    }

    static Event event(String type, String cameo, EventActor src, EventActor tgt, String date, EventModality m,
                       boolean reciprocal) {
        return new Event("e", type, null, null, cameo, 1.0, 1, src, tgt, reciprocal, m, m == EventModality.NEGATED,
                date, Event.DateBasis.TEXT, new Span(0, 40), new Span(10, 13), null);
    }

    static EventMention report(String article, String group, String publisher, String published, Event e) {
        return new EventMention(article, group, publisher, "https://example.org/" + article, published, 1, 400, e,
                true);
    }

    private static final EventActor PRK = actor("PRKGOV", "PRK", "GOV", 0);
    private static final EventActor KOR = actor("KORGOV", "KOR", "GOV", 20);
    private static final EventActor USA = actor("USAGOV", "USA", "GOV", 20);

    @Test
    void same_type_actors_and_date_within_the_window_are_one_event_with_mentions() {
        Event a = event("CONSULT", "040", PRK, KOR, "2018-04-27", EventModality.ASSERTED, false);
        Event b = event("CONSULT", "040", PRK, KOR, "2018-04-28", EventModality.ASSERTED, false);
        Event c = event("CONSULT", "040", PRK, KOR, "2018-05-26", EventModality.ASSERTED, false);
        List<EventCluster> clusters = new EventDeduplicator(1).dedup(List.of(
                report("a1", null, "Yonhap", "2018-04-27", a), report("a2", null, "AP", "2018-04-28", b),
                report("a3", null, "AP", "2018-05-26", c)));
        assertThat(clusters).hasSize(2);
        assertThat(clusters.get(0).numMentions()).isEqualTo(2);
        assertThat(clusters.get(0).numSources()).isEqualTo(2);
        assertThat(clusters.get(1).numMentions()).isEqualTo(1);
        assertThat(clusters.get(0).id()).isNotEqualTo(clusters.get(1).id());
    }

    @Test
    void syndicated_copies_are_mentions_but_not_independent_articles() {
        Event e = event("ASSAULT", "190", PRK, USA, "2017-07-04", EventModality.ASSERTED, false);
        List<EventCluster> clusters = new EventDeduplicator(0).dedup(List.of(
                report("ap-original", "g1", "AP", "2017-07-04T08:00:00Z", e),
                report("paper-copy", "g1", "Daily Paper", "2017-07-04T09:00:00Z", e),
                report("own-report", null, "Reuters", "2017-07-04T10:00:00Z", e)));
        assertThat(clusters).singleElement().satisfies(c -> {
            assertThat(c.numMentions()).isEqualTo(3);
            assertThat(c.numArticles()).isEqualTo(2);
            assertThat(c.numSources()).isEqualTo(2);
            assertThat(c.mentions()).extracting(EventMention::independent).containsExactly(true, false, true);
        });
    }

    @Test
    void different_type_modality_or_direction_stay_apart_but_reciprocal_order_does_not_matter() {
        Event met = event("CONSULT", "040", PRK, KOR, "2018-04-27", EventModality.ASSERTED, true);
        Event metReversed = event("CONSULT", "040", KOR, PRK, "2018-04-27", EventModality.ASSERTED, true);
        Event notMet = event("CONSULT", "040", PRK, KOR, "2018-04-27", EventModality.NEGATED, true);
        Event attacked = event("ASSAULT", "190", PRK, KOR, "2018-04-27", EventModality.ASSERTED, false);
        Event attackedBack = event("ASSAULT", "190", KOR, PRK, "2018-04-27", EventModality.ASSERTED, false);
        List<EventCluster> clusters = new EventDeduplicator(1).dedup(List.of(report("1", null, "A", "2018-04-27", met),
                report("2", null, "B", "2018-04-27", metReversed), report("3", null, "C", "2018-04-27", notMet),
                report("4", null, "D", "2018-04-27", attacked), report("5", null, "E", "2018-04-27", attackedBack)));
        assertThat(clusters).extracting(EventCluster::numMentions).containsExactly(2, 1, 1, 1);
    }

    @Test
    void between_states_a_sector_does_not_split_one_event_but_within_a_state_it_does() {
        EventActor norway = actor("NOR", "NOR", null, 0);
        EventActor chile = actor("CHL", "CHL", null, 30);
        EventActor chileGovernment = actor("CHLGOV", "CHL", "GOV", 30);
        Event signed = event("COOPERATE", "057", norway, chileGovernment, "2024-03-04", EventModality.ASSERTED, false);
        Event signedAgain = event("COOPERATE", "057", norway, chile, "2024-03-04", EventModality.ASSERTED, false);
        EventActor police = actor("CHLCOP", "CHL", "COP", 0);
        EventActor protesters = actor("CHLCVL", "CHL", "CVL", 30);
        EventActor opposition = actor("CHLOPP", "CHL", "OPP", 30);
        Event arrestedProtesters = event("COERCE", "173", police, protesters, "2024-03-04", EventModality.ASSERTED,
                false);
        Event arrestedOpposition = event("COERCE", "173", police, opposition, "2024-03-04", EventModality.ASSERTED,
                false);
        List<EventCluster> clusters = new EventDeduplicator(1).dedup(List.of(
                report("1", null, "North Post", "2024-03-04", signed),
                report("2", null, "Bay Daily", "2024-03-12", signedAgain),
                report("3", null, "North Post", "2024-03-04", arrestedProtesters),
                report("4", null, "Bay Daily", "2024-03-04", arrestedOpposition)));
        assertThat(clusters).extracting(EventCluster::numMentions).containsExactly(2, 1, 1);
    }
}
