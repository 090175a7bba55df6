package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiTest extends FixtureApiTest {
    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String okaforId() throws Exception {
        for (JsonNode e : ok("/api/entities?type=person&limit=100").path("items")) {
            if (e.path("name").asText().equals(WebFixtures.OKAFOR)) return e.path("id").asText();
        }
        throw new AssertionError("no entity " + WebFixtures.OKAFOR);
    }

    @Test
    void health_reports_the_article_count() throws Exception {
        JsonNode h = ok("/api/health");
        assertThat(h.path("status").asText()).isEqualTo("ok");
        assertThat(h.path("articles").asInt()).isEqualTo(21);
    }

    @Test
    void search_returns_hits_with_highlight_offsets_and_facets_over_all_hits() throws Exception {
        JsonNode r = ok("/api/search?q=harbour&limit=3");
        // every article but the budget one says harbour
        assertThat(r.path("total_hits").asInt()).isEqualTo(15);
        assertThat(r.path("hits")).hasSize(3);
        JsonNode snippet = r.path("hits").get(0).path("snippets").get(0);
        String text = snippet.path("text").asText();
        JsonNode first = snippet.path("highlights").get(0);
        assertThat(text.substring(first.get(0).asInt(), first.get(1).asInt())).isEqualToIgnoringCase("harbour");
        JsonNode publishers = r.path("facets").path("publisher");
        assertThat(publishers.findValuesAsText("label")).contains("Valley Times", "Coastal Herald");
        int summed = 0;
        for (JsonNode p : publishers) summed += p.path("count").asInt();
        assertThat(summed).isEqualTo(15);
        assertThat(r.path("facets").path("month").findValuesAsText("value")).containsExactly("2021-03", "2021-04",
                "2021-05");
    }

    @Test
    void search_filters_by_publisher_entity_and_date_range() throws Exception {
        assertThat(ok("/api/search?publisher=" + enc("valley times")).path("total_hits").asInt()).isEqualTo(2);
        JsonNode byEntity = ok("/api/search?entity=" + okaforId());
        assertThat(byEntity.path("hits").findValuesAsText("id"))
                .containsExactlyInAnyOrder("harbour-1", "harbour-2", "budget-1");
        JsonNode april = ok("/api/search?from=2021-04-01&to=2021-04-30");
        assertThat(april.path("hits").findValuesAsText("id")).containsExactlyInAnyOrder("harbour-2",
                WebFixtures.HOSTILE_ID);
        assertThat(ok("/api/search?lang=EN").path("total_hits").asInt()).isEqualTo(21);
        assertThat(ok("/api/search?lang=de").path("total_hits").asInt()).isZero();
    }

    @Test
    void an_entity_filter_takes_words_of_a_name_as_the_other_endpoints_do_and_says_when_it_names_none()
            throws Exception {
        // no article writes "Authority" alone: the words of a longer name still name the entity
        JsonNode partial = ok("/api/search?entity=authority");
        assertThat(partial.path("hits").findValuesAsText("id")).containsExactlyInAnyOrder("harbour-1", "harbour-2");
        assertThat(partial.path("message").isNull()).isTrue();
        // ... whole words only: a part of a word names nothing
        JsonNode unknown = ok("/api/search?entity=" + enc("Autho"));
        assertThat(unknown.path("total_hits").asInt()).isZero();
        assertThat(unknown.path("message").asText()).isEqualTo("no entity named 'Autho'");
        assertThat(ok("/api/quotes?speaker=okafor").path("total").asInt()).isEqualTo(3);
        assertThat(ok("/api/search?entity=okafor").path("hits").findValuesAsText("id"))
                .containsExactlyInAnyOrder("harbour-1", "harbour-2", "budget-1");
    }

    /** The summit's copy is a day newer, so it ranks the group newest first; the summit is still the one shown. */
    @Test
    void browsing_shows_a_copy_groups_canonical_article_at_the_groups_rank() throws Exception {
        JsonNode page = ok("/api/search?from=2018-06-01&to=2018-06-30");
        assertThat(page.path("total_hits").asInt()).isEqualTo(2);
        assertThat(page.path("hits")).singleElement().satisfies(h -> {
            assertThat(h.path("id").asText()).isEqualTo(WebFixtures.SUMMIT_ID);
            assertThat(h.path("published").asText()).startsWith("2018-06-12");
            assertThat(h.path("copy_ids").get(0).asText()).isEqualTo("usa-prk-summit-copy");
        });
    }

    @Test
    void facets_over_few_hits_are_exact_and_marked_so() throws Exception {
        JsonNode facets = ok("/api/search?q=harbour").path("facets");
        assertThat(facets.path("sampled").asBoolean(true)).isFalse();
        assertThat(facets.path("counted_hits").asInt()).isEqualTo(15);
        assertThat(ok("/api/entities/" + okaforId()).path("co_mentioned_sampled").isBoolean()).isTrue();
    }

    @Test
    void paging_walks_every_hit_once() throws Exception {
        Set<String> seen = new HashSet<>();
        int total = -1;
        int folded = 0;
        for (int offset = 0; offset < 25; offset += 5) {
            JsonNode page = ok("/api/search?limit=5&offset=" + offset);
            total = page.path("total_hits").asInt();
            folded = page.path("copies_folded").asInt();
            assertThat(page.path("offset").asInt()).isEqualTo(offset);
            for (String id : page.path("hits").findValuesAsText("id")) assertThat(seen.add(id)).as(id).isTrue();
        }
        // copies fold into one hit, so the walk sees every matching article but the folded ones
        assertThat(total).isEqualTo(21);
        assertThat(folded).isPositive();
        assertThat(seen).hasSize(total - folded);
        JsonNode entities = ok("/api/entities?limit=1&offset=1");
        assertThat(entities.path("items")).hasSize(1);
        assertThat(entities.path("total").asInt()).isGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/search?limit=abc", "/api/search?limit=0", "/api/search?limit=101",
            "/api/search?offset=-1", "/api/search?offset=x", "/api/search?from=2021-13-01",
            "/api/search?from=yesterday", "/api/search?from=2021-05-01&to=2021-04-01", "/api/search?q=title%3A%28",
            "/api/search?q=%22unclosed", "/api/search?limit=100&offset=99999", "/api/entities?type=alien",
            "/api/entities?limit=-5", "/api/quotes?q=%5B", "/api/quotes?limit=1e3", "/api/entities/x?quotes=0",
            "/api/search?lang=english", "/api/search?lang=e1", "/api/search?q=%2F%5B%2F",
            "/api/search?q=%2Fa%7B99999%7D%2F", "/api/quotes?q=%2F%5B%2F"})
    void bad_parameters_get_400_with_a_message_naming_the_problem(String request) throws Exception {
        HttpResponse<String> r = get(request);
        assertThat(r.statusCode()).as(request + " -> " + r.body()).isEqualTo(400);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.path("status").asInt()).isEqualTo(400);
        assertThat(body.path("error").asText()).isNotBlank();
    }

    @Test
    void error_messages_say_which_parameter_is_wrong() throws Exception {
        assertThat(JSON.readTree(get("/api/search?limit=abc").body()).path("error").asText())
                .contains("limit", "abc");
        assertThat(JSON.readTree(get("/api/search?to=2021-02-30").body()).path("error").asText())
                .contains("to", "2021-02-30");
        assertThat(JSON.readTree(get("/api/search?q=title%3A%28").body()).path("error").asText())
                .contains("cannot parse query");
        assertThat(JSON.readTree(get("/api/search?lang=klingon").body()).path("error").asText())
                .contains("lang", "klingon");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/articles/no-such-article", "/api/entities/no-such-entity", "/api/nothing-here",
            "/api/articles/" + "%3Cscript%3E", "/api/articles/no-such-article/versions"})
    void unknown_ids_and_paths_get_a_json_404(String request) throws Exception {
        HttpResponse<String> r = get(request);
        assertThat(r.statusCode()).as(request).isEqualTo(404);
        assertThat(JSON.readTree(r.body()).path("error").asText()).isNotBlank();
    }

    @Test
    void a_request_jetty_refuses_as_too_long_still_gets_a_json_error() throws Exception {
        HttpResponse<String> r = get("/api/search?q=" + "a".repeat(20_000));
        assertThat(r.statusCode()).isEqualTo(414);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(
                "application/json"));
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.path("status").asInt()).isEqualTo(414);
        assertThat(body.path("error").asText()).isEqualTo("URI Too Long: the request line may be at most 8192 bytes;"
                + " shorten the query (a search takes a few hundred words at most)");
    }

    @ParameterizedTest
    @ValueSource(ints = {600, 1100})
    void a_query_of_too_many_plain_words_is_told_to_use_fewer_words(int words) throws Exception {
        List<String> w = new ArrayList<>();
        for (int i = 0; i < words; i++) w.add("w" + i);
        HttpResponse<String> r = get("/api/search?q=" + String.join("+", w));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).path("error").asText())
                .startsWith("query of " + words + " words has too many terms for one search (at most 1024,")
                .endsWith("use fewer words").doesNotContain("wildcard").doesNotContain("cannot parse");
    }

    @Test
    void a_parameter_with_malformed_percent_encoding_is_refused_not_dropped() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port())) {
            socket.getOutputStream().write(("GET /api/search?limit=5&q=%ZZ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 400");
            // the body alone, whether sent whole or in one chunk
            JsonNode body = JSON.readTree(response.substring(response.indexOf('{'), response.lastIndexOf('}') + 1));
            assertThat(body.path("error").asText()).startsWith("parameter q is not valid percent-encoding ('q=%ZZ')");
        }
        assertThat(get("/api/search?q=100%25").statusCode()).as("a % written as %25").isEqualTo(200);
    }

    @Test
    void a_path_that_cannot_be_decoded_gets_a_json_error_saying_what_to_fix() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port())) {
            socket.getOutputStream().write(("GET /api/articles/%ZZ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 400");
            JsonNode body = JSON.readTree(response.substring(response.indexOf('{'), response.lastIndexOf('}') + 1));
            assertThat(body.path("error").asText()).startsWith("Bad Request: ").contains("%XX", "%25");
        }
    }

    @Test
    void a_query_that_can_match_nothing_says_why_and_one_that_can_says_nothing() throws Exception {
        assertThat(ok("/api/search?q=the").path("message").asText()).contains("only common words");
        assertThat(ok("/api/search?q=-harbour").path("message").asText()).contains("only excludes");
        assertThat(ok("/api/search?q=" + enc("*:* -harbour")).path("total_hits").asInt()).isEqualTo(6);
        assertThat(ok("/api/search?q=harbour").path("message").isNull()).isTrue();
        assertThat(ok("/api/search?q=zeppelin").path("message").isNull()).isTrue();
    }

    @Test
    void a_speaker_that_names_no_entity_is_said_so_and_a_known_one_with_no_quotes_is_not() throws Exception {
        JsonNode unknown = ok("/api/quotes?speaker=" + enc("Okafro"));
        assertThat(unknown.path("total").asInt()).isZero();
        assertThat(unknown.path("items")).isEmpty();
        assertThat(unknown.path("message").asText()).isEqualTo("no entity named 'Okafro'");
        JsonNode known = ok("/api/quotes?speaker=" + enc("Okafor"));
        assertThat(known.path("total").asInt()).isEqualTo(3);
        assertThat(known.path("message").isNull()).isTrue();
    }

    @Test
    void entity_names_match_by_the_beginning_of_a_word_not_any_part_of_one() throws Exception {
        assertThat(ok("/api/entities?name=okaf").path("items").findValuesAsText("name"))
                .contains(WebFixtures.OKAFOR);
        assertThat(ok("/api/entities?name=kafor").path("total").asInt()).isZero();
        assertThat(ok("/api/entities?name=e").path("total").asInt())
                .isLessThan(ok("/api/entities?limit=1").path("total").asInt());
    }

    @Test
    void an_article_never_updated_at_its_address_has_no_earlier_versions() throws Exception {
        JsonNode v = ok("/api/articles/harbour-1/versions");
        assertThat(v.path("id").asText()).isEqualTo("harbour-1");
        assertThat(v.path("versions").isArray()).isTrue();
        assertThat(v.path("versions")).isEmpty();
    }

    @Test
    void an_article_comes_with_its_analysis_under_knowledge_base_ids() throws Exception {
        JsonNode a = ok("/api/articles/harbour-1").path("article");
        assertThat(a.path("title").asText()).isEqualTo("Harbour expansion approved");
        String text = a.path("text").asText();
        JsonNode okafor = null;
        for (JsonNode e : a.path("entities")) if (e.path("name").asText().equals(WebFixtures.OKAFOR)) okafor = e;
        assertThat(okafor).isNotNull();
        assertThat(okafor.path("id").asText()).isEqualTo(okaforId());
        JsonNode mention = okafor.path("mentions").get(0);
        assertThat(text.substring(mention.get(0).asInt(), mention.get(1).asInt())).isEqualTo(WebFixtures.OKAFOR);
        JsonNode time = a.path("times").get(0);
        assertThat(text.substring(time.path("start").asInt(), time.path("end").asInt())).isEqualTo("Tuesday");
    }

    @Test
    void ids_with_slashes_percent_signs_and_question_marks_are_found_when_percent_encoded() throws Exception {
        JsonNode a = ok("/api/articles/" + enc(WebFixtures.AWKWARD_ID)).path("article");
        assertThat(a.path("id").asText()).isEqualTo(WebFixtures.AWKWARD_ID);
        assertThat(a.path("title").asText()).isEqualTo("Weather report 0");
    }

    @Test
    void an_entity_page_has_quotes_co_mentions_and_mentions_per_day() throws Exception {
        JsonNode page = ok("/api/entities/" + okaforId());
        assertThat(page.path("entity").path("articles").asInt()).isEqualTo(3);
        assertThat(page.path("quotes").path("total").asInt()).isEqualTo(3);
        List<String> quoted = new ArrayList<>();
        page.path("quotes").path("items").forEach(q -> quoted.add(q.path("article_id").asText()));
        assertThat(quoted).containsExactlyInAnyOrder("harbour-1", "harbour-2", "budget-1");
        assertThat(page.path("quotes").path("items").findValuesAsText("sources")).containsOnly("1");
        assertThat(page.path("co_mentioned").findValuesAsText("label")).containsExactly("Port Authority");
        assertThat(page.path("mentions_per_day").findValuesAsText("day"))
                .containsExactly("2021-03-04", "2021-04-11", "2021-05-20");
    }

    @Test
    void quotes_are_found_by_speaker_and_by_words() throws Exception {
        assertThat(ok("/api/quotes?speaker=" + enc("Okafor")).path("total").asInt()).isEqualTo(3);
        JsonNode words = ok("/api/quotes?q=berth");
        assertThat(words.path("items")).hasSize(1);
        assertThat(words.path("items").get(0).path("quote").path("text").asText())
                .isEqualTo("nobody loses their berth");
        assertThat(ok("/api/quotes?speaker=" + enc("Okafor") + "&q=schools").path("total").asInt()).isEqualTo(1);
    }

    @Test
    void page_and_api_answers_carry_a_content_security_policy() throws Exception {
        for (String path : new String[] {"/", "/app.js", "/api/health", "/api/nothing-here"}) {
            HttpResponse<String> r = get(path);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script src=\"/app.js\"");
        java.util.regex.Matcher chart = java.util.regex.Pattern.compile("src=\"(/webjars/chart\\.js/[^\"]+)\"")
                .matcher(page.body());
        assertThat(chart.find()).isTrue();
        HttpResponse<String> lib = get(chart.group(1));
        assertThat(lib.statusCode()).as(chart.group(1)).isEqualTo(200);
        assertThat(lib.body()).contains("Chart");
    }
}
