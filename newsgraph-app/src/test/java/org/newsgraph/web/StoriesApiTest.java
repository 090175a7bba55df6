package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.index.IngestService;
import org.newsgraph.index.KnowledgeBase;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.SourceRef;

/** The stories endpoints and the folding of copies, over a base with a syndicated copy and a running story. */
class StoriesApiTest {
    private static final ObjectMapper JSON = ServedBase.JSON;
    private static final String FLOOD = "The river Elbe rose above its banks in Dresden overnight after three days of"
            + " heavy rain. Firefighters filled sandbags along the old town embankment while the city council closed"
            + " two bridges. Mayor Dirk Hilbert said \"the old town will stay dry\" as forecasters expected the water to"
            + " peak on Thursday evening at about seven metres, a level last reached twenty years ago.";
    private static final String TEASER = " Also read: Local orchestra announces its autumn season of concerts"
            + " with three premieres and a festival of chamber music in the castle gardens.";
    private static final String FLOOD_LATER = "The Elbe fell in Dresden on Saturday and the council reopened the"
            + " bridges. Dirk Hilbert said \"the sandbags held\" and thanked the firefighters of the old town, while"
            + " residents of the lowest streets returned from the school shelters to pump water from cellars. He had"
            + " promised that \"the old town will stay dry\".";
    private static final String HARVEST = "Farmers in the Lusatia region expect the best wheat harvest in a decade"
            + " after a mild spring and steady rain in June, the regional farmers' association said on Monday. Prices"
            + " at the grain exchange in Leipzig fell slightly on the news.";

    @TempDir
    static Path dir;
    private static ServedBase served;

    @BeforeAll
    static void serve() throws Exception {
        List<WebFixtures.Draft> drafts = new ArrayList<>();
        drafts.add(flood("flood-1", "Elbe floods Dresden", "Wire Agency", "2021-07-15", FLOOD));
        drafts.add(flood("flood-1-copy", "Dresden under water", "Tageblatt", "2021-07-16", FLOOD + TEASER));
        drafts.add(flood("flood-2", "Elbe falls, bridges reopen", "Tageblatt", "2021-07-18", FLOOD_LATER)
                .quote("the sandbags held", "Dirk Hilbert"));
        drafts.add(new WebFixtures.Draft("harvest", "Record harvest expected", "Lusatia Post", "2021-07-15", HARVEST)
                .entity(EntityType.LOCATION, "Lusatia").entity(EntityType.LOCATION, "Leipzig"));
        try (KnowledgeBase w = KnowledgeBase.open(dir); IngestService ingest = w.ingest("stories-test", 2)) {
            for (WebFixtures.Draft d : drafts) {
                ingest.ingest(d.build(), d.build().article().text().getBytes(StandardCharsets.UTF_8),
                        SourceRef.ofPath("fixture/" + d.build().article().id()));
            }
        }
        served = ServedBase.serve(dir);
    }

    private static WebFixtures.Draft flood(String id, String title, String publisher, String date, String text) {
        WebFixtures.Draft d = new WebFixtures.Draft(id, title, publisher, date, text)
                .entity(EntityType.PERSON, "Dirk Hilbert").entity(EntityType.LOCATION, "Dresden")
                .entity(EntityType.LOCATION, "Elbe");
        return text.contains("the old town will stay dry") ? d.quote("the old town will stay dry", "Dirk Hilbert") : d;
    }

    @AfterAll
    static void stop() throws Exception {
        served.close();
    }

    @Test
    void search_folds_a_syndicated_copy_into_its_original() throws Exception {
        JsonNode r = ok("/api/search?q=sandbags");
        assertThat(r.path("total_hits").asInt()).isEqualTo(3);
        assertThat(r.path("copies_folded").asInt()).isEqualTo(1);
        List<String> ids = new ArrayList<>();
        r.path("hits").forEach(h -> ids.add(h.path("id").asText()));
        assertThat(ids).hasSize(2).contains("flood-2").containsAnyOf("flood-1", "flood-1-copy");
        JsonNode flood = r.path("hits").findParents("copies").stream()
                .filter(h -> h.path("copies").asInt() == 1).findFirst().orElseThrow();
        assertThat(flood.path("copy_ids").get(0).asText()).startsWith("flood-1");
        assertThat(flood.path("story").asText()).isEqualTo(r.path("hits").findValue("story").asText());
    }

    @Test
    void search_groups_hits_by_story_on_request() throws Exception {
        JsonNode r = ok("/api/search?q=" + "rain" + "&group=story");
        assertThat(r.path("groups")).hasSize(2);
        JsonNode flood = r.path("groups").get(0).path("hits").size() == 1 && r.path("groups").get(0).path("hits")
                .get(0).path("id").asText().equals("harvest") ? r.path("groups").get(1) : r.path("groups").get(0);
        assertThat(flood.path("label").asText()).contains("Dirk Hilbert");
        assertThat(flood.path("article_count").asInt()).isEqualTo(3);
        assertThat(ok("/api/search?q=rain").path("groups").isNull()).isTrue();
        assertThat(get("/api/search?q=rain&group=publisher").statusCode()).isEqualTo(400);
    }

    @Test
    void stories_are_listed_newest_or_largest_first_and_paged() throws Exception {
        JsonNode newest = ok("/api/stories");
        assertThat(newest.path("total").asInt()).isEqualTo(2);
        assertThat(newest.path("items").get(0).path("last_seen").asText()).isEqualTo("2021-07-18");
        JsonNode largest = ok("/api/stories?sort=largest&limit=1");
        assertThat(largest.path("items")).hasSize(1);
        assertThat(largest.path("items").get(0).path("article_count").asInt()).isEqualTo(3);
        assertThat(largest.path("items").get(0).path("sources").asInt()).isEqualTo(2);
        assertThat(ok("/api/stories?sort=largest&offset=1").path("items").get(0).path("article_count").asInt())
                .isEqualTo(1);
        assertThat(get("/api/stories?sort=oldest").statusCode()).isEqualTo(400);
        // the bounds of every other list: past them a 400, not an empty page
        assertThat(get("/api/stories?offset=100000").statusCode()).isEqualTo(400);
        assertThat(get("/api/stories?offset=9995&limit=10").statusCode()).isEqualTo(400);
        assertThat(ok("/api/stories?offset=5").path("items")).isEmpty();
    }

    @Test
    void a_story_has_its_articles_sources_and_a_timeline_of_articles_and_quotes() throws Exception {
        String id = ok("/api/stories?sort=largest&limit=1").path("items").get(0).path("id").asText();
        JsonNode s = ok("/api/stories/" + id);
        assertThat(s.path("first_seen").asText()).isEqualTo("2021-07-15");
        assertThat(s.path("articles")).hasSize(3);
        assertThat(s.path("sources").findValuesAsText("publisher")).containsExactly("Tageblatt", "Wire Agency");
        List<String> dates = s.path("timeline").findValuesAsText("date");
        assertThat(dates).contains("2021-07-15", "2021-07-16", "2021-07-18");
        assertThat(s.path("timeline").findValuesAsText("text")).contains("the sandbags held",
                "the old town will stay dry");
        // an item's day is an ISO date as every other date is, the day it sits under
        for (JsonNode day : s.path("timeline")) {
            for (JsonNode item : day.path("items")) {
                assertThat(item.path("day").isTextual()).isTrue();
                assertThat(item.path("day").asText()).isEqualTo(day.path("date").asText());
            }
        }
        assertThat(get("/api/stories/story-nope").statusCode()).isEqualTo(404);
    }

    @Test
    void a_quote_in_copies_and_a_later_report_counts_once_with_where_it_was_first_seen() throws Exception {
        JsonNode r = ok("/api/quotes?q=" + "dry");
        assertThat(r.path("items")).hasSize(1);
        assertThat(r.path("total").asInt()).as("stored quotes, repeats included").isEqualTo(3);
        assertThat(r.path("folded").asInt()).isEqualTo(2);
        JsonNode q = r.path("items").get(0);
        assertThat(q.path("copies").asInt()).isEqualTo(1);
        assertThat(q.path("sources").asInt()).isEqualTo(2);
        assertThat(q.path("first_seen").path("publisher").asText()).isEqualTo("Wire Agency");
        assertThat(q.path("first_seen").path("date").asText()).isEqualTo("2021-07-15");
        assertThat(q.path("first_seen").path("article_id").asText()).isEqualTo("flood-1");
        assertThat(q.path("article_id").asText()).as("the quote is shown where it was first seen")
                .isEqualTo("flood-1");
    }

    @Test
    void an_entity_page_counts_its_quotes_once_per_independent_source() throws Exception {
        String id = ok("/api/entities?name=hilbert").path("items").get(0).path("id").asText();
        JsonNode quotes = ok("/api/entities/" + id).path("quotes");
        assertThat(quotes.path("items").findValuesAsText("text")).containsExactlyInAnyOrder(
                "the old town will stay dry", "the sandbags held");
        JsonNode dry = quotes.path("items").get(0).path("quote").path("text").asText().contains("dry")
                ? quotes.path("items").get(0) : quotes.path("items").get(1);
        assertThat(dry.path("first_seen").path("article_id").asText()).isEqualTo("flood-1");
        assertThat(dry.path("sources").asInt()).isEqualTo(2);
    }

    @Test
    void an_article_names_its_story_and_copies() throws Exception {
        JsonNode c = ok("/api/articles/flood-1-copy/connections");
        assertThat(c.path("copies").path("canonical").asText()).isEqualTo("flood-1");
        assertThat(c.path("story").path("article_count").asInt()).isEqualTo(3);
        // a copy names its original by title, as a reader knows it, not by id alone
        assertThat(c.path("canonical_article").path("title").asText()).isEqualTo("Elbe floods Dresden");
        assertThat(c.path("canonical_article").path("publisher").asText()).isEqualTo("Wire Agency");
        JsonNode harvest = ok("/api/articles/harvest/connections");
        assertThat(harvest.path("copies").isNull()).isTrue();
        assertThat(harvest.path("canonical_article").isNull()).isTrue();
        assertThat(get("/api/articles/nope/connections").statusCode()).isEqualTo(404);
    }

    private static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return served.get(pathAndQuery);
    }

    private static JsonNode ok(String pathAndQuery) throws Exception {
        return served.ok(pathAndQuery);
    }
}
