package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.index.IngestService;
import org.newsgraph.index.KnowledgeBase;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventModality;
import org.newsgraph.model.Span;
import org.newsgraph.model.SourceRef;
import picocli.CommandLine;

class ConnectCommandsTest {
    private static final String FLOOD = "The river Elbe rose above its banks in Dresden overnight after three days of"
            + " heavy rain in the mountains of Bohemia. Firefighters filled sandbags along the old town embankment"
            + " while the city council closed two bridges to traffic and opened schools as shelters for residents of"
            + " the lowest streets. Forecasters expect the water to peak on Thursday evening at about seven metres,"
            + " a level last reached in the summer of two thousand and two.";
    private static final String TEASER = " Also read: Local orchestra announces its autumn season of concerts"
            + " with three premieres and a festival of chamber music in the castle gardens.";
    private static final String HARVEST = "Farmers in the Lusatia region expect the best wheat harvest in a decade"
            + " after a mild spring and steady rain in June, the regional farmers' association said on Monday. Prices"
            + " at the grain exchange in Leipzig fell slightly on the news, and millers said storage would be tight"
            + " until the autumn shipments leave for the northern ports.";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();

    @BeforeEach
    void ingest() throws Exception {
        try (KnowledgeBase kb = KnowledgeBase.open(dir); IngestService ingest = kb.ingest("connect-test", 10)) {
            store(ingest, "original", "Elbe floods Dresden", FLOOD, "Wire Agency", null, "2021-07-15");
            store(ingest, "copy", "Dresden under water", FLOOD + TEASER, "Tageblatt", "Wire Agency", "2021-07-16");
            store(ingest, "harvest", "Record harvest expected", HARVEST, "Tageblatt", null, "2021-07-15");
        }
    }

    private static void store(IngestService ingest, String id, String title, String text, String publisher,
                              String syndicatedFrom, String date) throws Exception {
        Article a = Article.builder().id(id).title(title).text(text).publisher(publisher)
                .syndicatedFrom(syndicatedFrom).published(date).language("en").build();
        Span sentence = new Span(0, text.indexOf('.') + 1);
        List<Event> events = text.startsWith(FLOOD) ? List.of(closure(sentence, date)) : List.of();
        Analysis analysis = new Analysis(List.of(sentence), List.of(), List.of(), List.of(), events, null, List.of());
        ingest.ingest(new AnalyzedArticle(a, analysis), id.getBytes(StandardCharsets.UTF_8), SourceRef.ofPath(id));
    }

    /** The council closing bridges, as the coder would report it from either copy. */
    private static Event closure(Span sentence, String published) {
        EventActor council = new EventActor("the city council", new Span(160, 176), null, "DEU", "GOV", null,
                "DEUGOV");
        return new Event(null, "COERCE", null, null, "172", -5.0, 4, council, null, false, EventModality.ASSERTED,
                false, "2021-07-15", Event.DateBasis.TEXT, sentence, new Span(177, 183), null);
    }

    private List<JsonNode> run(Object command, String... options) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : execute(command, options).split("\n")) {
            if (!line.isBlank()) lines.add(new ObjectMapper().readTree(line));
        }
        return lines;
    }

    private String execute(Object command, String... options) {
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        List<String> args = new ArrayList<>(List.of("--data", dir.toString()));
        args.addAll(List.of(options));
        assertThat(cl.execute(args.toArray(String[]::new))).isZero();
        return out.toString();
    }

    @Test
    void events_as_csv_carry_each_side_s_actor_code_and_where_the_event_was_first_reported() {
        String[] lines = execute(new EventsCommand(), "--format", "csv").strip().split("\n");
        assertThat(lines).hasSize(2);
        // no cell of this event holds a comma, so splitting is parsing once the quotes around text are gone
        List<String> header = List.of(lines[0].replace("\"", "").split(","));
        List<String> row = List.of(lines[1].replace("\"", "").split(",", -1));
        assertThat(header).endsWith("first_article_id", "source_code", "target_code", "first_url",
                "first_publisher");
        assertThat(row.get(header.indexOf("source_code"))).isEqualTo("DEUGOV");
        assertThat(row.get(header.indexOf("target_code"))).isEmpty();
        assertThat(row.get(header.indexOf("first_article_id"))).isEqualTo("original");
        assertThat(row.get(header.indexOf("first_publisher"))).isEqualTo("Wire Agency");
    }

    @Test
    void events_counts_a_syndicated_copys_report_as_a_mention_but_not_an_independent_one() throws Exception {
        List<JsonNode> events = run(new EventsCommand());
        assertThat(events).hasSize(1);
        JsonNode mentions = events.get(0).get("mentions");
        assertThat(mentions).hasSize(2);
        assertThat(mentions).extracting(m -> m.get("independent").asBoolean()).containsExactly(true, false);
        assertThat(events.get(0).get("event").get("source").get("country").asText()).isEqualTo("DEU");
        // a 63-bit id as a JSON number would be rounded by JavaScript readers: a string, as the API writes it
        assertThat(events.get(0).get("id").isTextual()).isTrue();
        assertThat(events.get(0).get("id").asText()).matches("-?\\d{1,19}");
    }

    @Test
    void duplicates_groups_a_syndicated_copy_with_extra_teaser_under_its_original() throws Exception {
        List<JsonNode> groups = run(new DuplicatesCommand());
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).get("canonical").asText()).isEqualTo("original");
        assertThat(groups.get(0).get("copies").asInt()).isEqualTo(1);
        assertThat(groups.get(0).get("members")).extracting(m -> m.get("id").asText())
                .containsExactlyInAnyOrder("original", "copy");
        // each member says which article it is, not only its id
        JsonNode copy = groups.get(0).get("members").findParents("id").stream()
                .filter(m -> m.get("id").asText().equals("copy")).findFirst().orElseThrow();
        assertThat(copy.get("title").asText()).isEqualTo("Dresden under water");
        assertThat(copy.get("publisher").asText()).isEqualTo("Tageblatt");
        assertThat(copy.get("published").asText()).startsWith("2021-07-16");
        assertThat(copy.has("url")).isTrue();
    }

    @Test
    void duplicates_as_a_table_give_a_line_per_group_and_per_member_the_canonical_starred() {
        String[] lines = execute(new DuplicatesCommand(), "--format", "table").split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo("1 copy of original");
        assertThat(lines)
                .anySatisfy(l -> assertThat(l).matches("  \\* 2021-07-15\\s+Wire Agency\\s+Elbe floods Dresden\\s+.*"))
                .anySatisfy(l -> assertThat(l).matches("    2021-07-16\\s+Tageblatt\\s+Dresden under water\\s+.*"));
    }

    /** The copy is newer, so it ranks the group browsing newest first; the hit shown is still the original. */
    @Test
    void a_folded_group_shows_its_canonical_article_when_the_search_finds_it() throws Exception {
        List<JsonNode> browsed = run(new SearchCommand(), "", "--format", "jsonl");
        assertThat(browsed).extracting(h -> h.get("id").asText()).containsExactly("original", "harvest");
        assertThat(browsed.get(0).get("copy_ids")).extracting(JsonNode::asText).containsExactly("copy");
        out.getBuffer().setLength(0);
        // the teaser only the copy has finds the copy alone: it stays the hit
        List<JsonNode> teaser = run(new SearchCommand(), "orchestra", "--format", "jsonl");
        assertThat(teaser).extracting(h -> h.get("id").asText()).containsExactly("copy");
        assertThat(teaser.get(0).get("snippets").get(0).get("text").asText()).contains("orchestra");
    }

    /** As the API and the web page: one hit for the two copies, saying so, with its story. */
    @Test
    void search_folds_copies_and_names_them_and_the_story_in_table_and_jsonl() throws Exception {
        List<JsonNode> hits = run(new SearchCommand(), "sandbags", "--format", "jsonl");
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.get("copies").asInt()).isEqualTo(1);
            assertThat(h.get("copy_ids")).extracting(JsonNode::asText).singleElement()
                    .isIn("original", "copy").isNotEqualTo(h.get("id").asText());
            assertThat(h.get("story").asText()).startsWith("story-");
        });
        out.getBuffer().setLength(0);
        String table = execute(new SearchCommand(), "sandbags");
        assertThat(table).containsPattern("\\n {5}and 1 copy \u00b7 story: .+ \\(story-\\S+\\)\\n");
        // the total counts both copies; the line says why only one is listed
        assertThat(table).contains("2 hits with copies, 1 shown, 1 copy folded in");
    }

    @Test
    void stories_put_the_copies_together_and_the_unrelated_article_apart() throws Exception {
        List<JsonNode> stories = run(new StoriesCommand());
        assertThat(stories).hasSize(2);
        assertThat(stories.get(0).get("article_ids")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("original", "copy");
        assertThat(stories.get(0).get("first_seen").asText()).isEqualTo("2021-07-15");
        assertThat(stories.get(0).get("last_seen").asText()).isEqualTo("2021-07-16");
        assertThat(stories.get(1).get("article_ids")).extracting(JsonNode::asText).containsExactly("harvest");
    }

    @Test
    void stories_as_a_table_give_one_line_per_story_largest_first() {
        String[] lines = execute(new StoriesCommand(), "--format", "table").split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).matches("\\s*2 articles\\s+2 sources\\s+2021-07-15 \\.\\. 2021-07-16\\s+story-\\S+\\s+.*");
        assertThat(lines[1]).matches("\\s*1 article\\s+1 source\\s+2021-07-15 \\.\\. 2021-07-15\\s+story-\\S+\\s+.*");
    }

    @Test
    void events_with_a_bad_date_say_which_option_and_value() {
        CommandLine cl = new CommandLine(new EventsCommand());
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        assertThat(cl.execute("--data", dir.toString(), "--from", "2024-13-01")).isEqualTo(2);
        assertThat(err.toString()).contains("--from must be an ISO date (YYYY-MM-DD), not '2024-13-01'")
                .doesNotContain("Exception");
    }
}
