package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The event endpoints over events coded by the real pipeline (see {@link WebFixtures#codedArticles()}). */
class EventsApiTest extends FixtureApiTest {
    private static List<JsonNode> items(String pathAndQuery) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        ok(pathAndQuery).path("items").forEach(out::add);
        return out;
    }

    private static JsonNode summit() throws Exception {
        List<JsonNode> consults = items("/api/events?type=consult&actor=PRK&from=2018-06-12&to=2018-06-12");
        assertThat(consults).hasSize(1);
        return consults.get(0);
    }

    private static boolean names(JsonNode actor, String country) {
        return actor.path("country").asText().equals(country);
    }

    @Test
    void a_syndicated_copy_is_a_second_mention_of_the_same_event_but_not_an_independent_one() throws Exception {
        JsonNode summit = summit();
        JsonNode event = summit.path("event");
        assertThat(event.path("source").path("code").asText()).isEqualTo("USAGOV");
        assertThat(event.path("target").path("code").asText()).isEqualTo("PRKGOV");
        assertThat(event.path("quad_class").asInt()).isEqualTo(1);
        assertThat(summit.path("num_mentions").asInt()).isEqualTo(2);
        assertThat(summit.path("num_articles").asInt()).isEqualTo(1);
        JsonNode mentions = summit.path("mentions");
        assertThat(mentions.get(0).path("article_id").asText()).isEqualTo(WebFixtures.SUMMIT_ID);
        assertThat(mentions.get(0).path("independent").asBoolean()).isTrue();
        assertThat(mentions.get(1).path("article_title").asText()).isEqualTo(WebFixtures.HOSTILE_COPY_TITLE);
        assertThat(mentions.get(1).path("independent").asBoolean()).isFalse();
    }

    @Test
    void evidence_offsets_point_at_the_trigger_actors_and_sentence_in_the_article_text() throws Exception {
        JsonNode mention = summit().path("mentions").get(0);
        String text = ok("/api/articles/" + WebFixtures.SUMMIT_ID).path("article").path("text").asText();
        JsonNode e = mention.path("event");
        assertThat(slice(text, e.path("trigger"))).isEqualTo("met");
        assertThat(slice(text, e.path("source").path("span"))).isEqualTo(e.path("source").path("text").asText())
                .contains("Trump");
        assertThat(slice(text, e.path("target").path("span"))).contains("Kim Jong-un");
        assertThat(mention.path("sentence_text").asText()).isEqualTo(slice(text, e.path("sentence")))
                .startsWith("US President Donald Trump met");
        assertThat(mention.path("sentence_number").asInt()).isEqualTo(1);
    }

    private static String slice(String text, JsonNode span) {
        return text.substring(span.get(0).asInt(), span.get(1).asInt());
    }

    @Test
    void an_article_carries_its_coded_events() throws Exception {
        JsonNode events = ok("/api/articles/usa-prk-sanctions").path("article").path("events");
        assertThat(events).isNotEmpty();
        Set<String> types = new HashSet<>();
        events.forEach(e -> types.add(e.path("type").asText()));
        assertThat(types).contains("ACCUSE", "SANCTION");
    }

    @Test
    void filters_restrict_by_type_actor_and_event_date() throws Exception {
        List<JsonNode> all = items("/api/events?limit=100");
        assertThat(all).hasSizeGreaterThanOrEqualTo(4);
        List<JsonNode> sanction = items("/api/events?type=SANCTION&limit=100");
        assertThat(sanction).isNotEmpty().allSatisfy(i -> assertThat(i.path("event").path("type").asText())
                .isEqualTo("SANCTION"));
        assertThat(sanction.size()).isLessThan(all.size());
        assertThat(items("/api/events?actor=usa&limit=100")).isNotEmpty().allSatisfy(i -> assertThat(
                names(i.path("event").path("source"), "USA") || names(i.path("event").path("target"), "USA")).isTrue());
        assertThat(items("/api/events?coded=true&limit=100")).isNotEmpty().allSatisfy(i -> assertThat(
                i.path("event").path("source").path("country").asText()).isNotEmpty());
        List<JsonNode> august = items("/api/events?from=2018-08-01&to=2018-08-31&limit=100");
        assertThat(august).isNotEmpty().allSatisfy(i -> assertThat(i.path("event").path("date").asText())
                .startsWith("2018-08"));
        // newest event first, the undated ones (the fixtures' France-Germany meeting) last
        List<String> dates = all.stream().map(i -> i.path("event").path("date").textValue()).toList();
        List<String> dated = dates.stream().filter(d -> d != null).toList();
        assertThat(dated).isSortedAccordingTo((x, y) -> y.compareTo(x));
        assertThat(dates.subList(dated.size(), dates.size())).isNotEmpty().containsOnlyNulls();
    }

    @Test
    void paging_walks_every_event_once_and_an_event_is_found_by_its_id() throws Exception {
        JsonNode first = ok("/api/events?limit=1");
        long total = first.path("total").asLong();
        Set<String> ids = new HashSet<>();
        for (int offset = 0; offset < total; offset++) {
            JsonNode page = ok("/api/events?limit=1&offset=" + offset);
            ids.add(page.path("items").get(0).path("id").asText());
        }
        assertThat(ids).hasSize((int) total);
        JsonNode summit = summit();
        assertThat(ok("/api/events/" + summit.path("id").asText())).isEqualTo(summit);
        assertThat(get("/api/events/123").statusCode()).isEqualTo(404);
    }

    @Test
    void the_types_endpoint_lists_the_sixteen_plover_types() throws Exception {
        JsonNode types = ok("/api/events/types").path("types");
        assertThat(types).hasSize(16);
        assertThat(types.get(0).asText()).isEqualTo("AGREE");
    }

    @Test
    void a_dyad_sums_cooperation_and_conflict_per_day_with_the_events_behind_each_point() throws Exception {
        JsonNode dyad = ok("/api/dyad?a=USA&b=PRK");
        assertThat(dyad.path("bucket").asText()).isEqualTo("day");
        JsonNode points = dyad.path("points");
        // dense: every day from the summit to the September talks
        assertThat(points.get(0).path("start").asText()).isEqualTo("2018-06-12");
        LocalDate first = LocalDate.parse(points.get(0).path("start").asText());
        LocalDate last = LocalDate.parse(points.get(points.size() - 1).path("start").asText());
        assertThat(points.size()).isEqualTo((int) (last.toEpochDay() - first.toEpochDay()) + 1);
        assertThat(points.get(0).path("cooperation").path("events")).extracting(JsonNode::asText)
                .contains(summit().path("id").asText());
        int coop = 0;
        int conflict = 0;
        double conflictScore = 0;
        for (JsonNode p : points) {
            assertThat(p.path("cooperation").path("count").asInt()).isEqualTo(p.path("cooperation").path("events")
                    .size());
            coop += p.path("cooperation").path("count").asInt();
            conflict += p.path("conflict").path("count").asInt();
            conflictScore += p.path("conflict").path("goldstein").asDouble();
            for (JsonNode id : p.path("conflict").path("events")) {
                JsonNode e = ok("/api/events/" + id.asText()).path("event");
                assertThat(e.path("quad_class").asInt()).isGreaterThanOrEqualTo(3);
                assertThat(e.path("modality").asText()).isEqualTo("asserted");
                assertThat(e.path("date").asText()).isBetween(p.path("start").asText(), p.path("end").asText());
            }
        }
        assertThat(coop).isGreaterThanOrEqualTo(2); // the summit and the talks
        assertThat(conflict).isGreaterThanOrEqualTo(1); // the sanctions
        assertThat(conflictScore).isNegative();
        assertThat(dyad.path("total").asInt()).isEqualTo(coop + conflict);
        assertThat(dyad.path("undated").isInt()).isTrue();
        assertThat(dyad.path("undated").asInt()).isZero();
        // the summit's copy is the same real event: it is counted once
        assertThat(points.get(0).path("cooperation").path("count").asInt()).isEqualTo(1);
    }

    @Test
    void a_long_range_is_counted_per_week_or_per_month() throws Exception {
        JsonNode weeks = ok("/api/dyad?a=PRK&b=USA&from=2018-01-01&to=2018-12-31");
        assertThat(weeks.path("bucket").asText()).isEqualTo("week");
        for (JsonNode p : weeks.path("points")) {
            LocalDate start = LocalDate.parse(p.path("start").asText());
            assertThat(start.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(p.path("end").asText()).isEqualTo(start.plusDays(6).toString());
        }
        JsonNode months = ok("/api/dyad?a=PRK&b=USA&from=2015-01-01&to=2019-12-31");
        assertThat(months.path("bucket").asText()).isEqualTo("month");
        assertThat(months.path("points").get(0).path("start").asText()).isEqualTo("2018-06-01");
        assertThat(months.path("total").asInt()).isEqualTo(ok("/api/dyad?a=USA&b=PRK").path("total").asInt());
        assertThat(ok("/api/dyad?a=USA&b=PRK&from=2019-01-01").path("points")).isEmpty();
        // the one event between France and Germany has no date: nothing to chart, and the answer says so
        JsonNode undated = ok("/api/dyad?a=DEU&b=FRA");
        assertThat(undated.path("total").asInt()).isZero();
        assertThat(undated.path("points")).isEmpty();
        assertThat(undated.path("undated").asInt()).isEqualTo(1);
        assertThat(undated.path("message").isNull()).isTrue();
    }

    @Test
    void an_actor_that_names_no_entity_is_said_so_where_an_empty_answer_would_read_as_no_events() throws Exception {
        JsonNode none = ok("/api/events?actor=" + "Pyongyangg");
        assertThat(none.path("total").asInt()).isZero();
        assertThat(none.path("message").asText()).isEqualTo("no entity or event actor named 'Pyongyangg'");
        assertThat(ok("/api/events?actor=usa").path("message").isNull()).isTrue();
        // a known actor with no events in the range: nothing to say about the name
        JsonNode outOfRange = ok("/api/events?actor=usa&from=1990-01-01&to=1990-12-31");
        assertThat(outOfRange.path("total").asInt()).isZero();
        assertThat(outOfRange.path("message").isNull()).isTrue();
        JsonNode dyad = ok("/api/dyad?a=USA&b=Atlantiss");
        assertThat(dyad.path("total").asInt()).isZero();
        assertThat(dyad.path("points")).isEmpty();
        assertThat(dyad.path("message").asText()).isEqualTo("no entity or event actor named 'Atlantiss'");
        assertThat(ok("/api/dyad?a=USA&b=PRK").path("message").isNull()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/events?type=HUG", "/api/events?limit=abc", "/api/events?limit=101",
            "/api/events?offset=-1", "/api/events?from=2018-13-01", "/api/events?from=2018-09-01&to=2018-08-01",
            "/api/dyad?a=USA", "/api/dyad?b=PRK", "/api/dyad?a=USA&b=PRK&to=soon", "/api/events?coded=maybe"})
    void bad_event_parameters_get_400_with_a_message_naming_the_problem(String request) throws Exception {
        HttpResponse<String> r = get(request);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.path("status").asInt()).isEqualTo(400);
        String param = request.replaceAll(".*[?&](\\w+)=[^&]*$", "$1");
        assertThat(body.path("error").asText()).isNotBlank();
        if (request.contains("HUG")) assertThat(body.path("error").asText()).contains("type", "HUG", "CONSULT");
        if (request.endsWith("a=USA")) assertThat(body.path("error").asText()).contains("b is required");
        if (request.endsWith("soon")) assertThat(body.path("error").asText()).contains(param, "soon");
        if (request.endsWith("maybe")) assertThat(body.path("error").asText()).contains("coded", "maybe");
    }
}
