package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.index.IngestService;
import org.newsgraph.index.KnowledgeBase;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleKind;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.SourceRef;
import org.newsgraph.model.Span;
import picocli.CommandLine;

class KnowledgeBaseCommandsTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void ingest() throws Exception {
        try (KnowledgeBase kb = KnowledgeBase.open(dir); IngestService ingest = kb.ingest("cli-test", 10)) {
            ingest.ingest(article("r1", "Rivers rise in Dresden", "The Elbe rose in Dresden overnight.", "2021-07-15",
                    "Dresden"), "r1".getBytes(StandardCharsets.UTF_8), SourceRef.ofPath("r1"));
            ingest.ingest(article("r2", "Harvest report", "Farmers near Dresden expect a good harvest.", "2021-08-01",
                    "Dresden"), "r2".getBytes(StandardCharsets.UTF_8), SourceRef.ofPath("r2"));
        }
    }

    private static AnalyzedArticle article(String id, String title, String text, String date, String place) {
        int at = text.indexOf(place);
        Article a = Article.builder().id(id).title(title).text(text).publisher("Tageblatt").published(date)
                .language("en").build();
        Entity e = new Entity("e1", place, EntityType.LOCATION, List.of(new Span(at, at + place.length())));
        return new AnalyzedArticle(a, new Analysis(List.of(), List.of(e), List.of(), List.of(), List.of(), null,
                List.of()));
    }

    private int run(Object command, String... args) {
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void search_prints_ranked_hits_with_marked_matches_and_facets() {
        int code = run(new SearchCommand(), "elbe", "--data", dir.toString());
        assertThat(code).isZero();
        assertThat(out.toString()).contains("1. Rivers rise in Dresden").contains("The «Elbe» rose")
                .contains("\n1 hit\n").contains("Dresden (1)");
    }

    /** A teaser of another article seen on a page says so, in the table and in the hit's fields. */
    @Test
    void a_teaser_snippet_among_the_hits_says_it_is_one() throws Exception {
        try (KnowledgeBase kb = KnowledgeBase.open(dir); IngestService ingest = kb.ingest("cli-test", 10)) {
            Article teaser = Article.builder().id("t1").kind(ArticleKind.SNIPPET).truncated(true)
                    .title("Ferry school reopens").text("The island's school will reopen after the floods, and the")
                    .language("en").build();
            ingest.ingest(new AnalyzedArticle(teaser, new Analysis(List.of(), List.of(), List.of(), List.of(),
                    List.of(), null, List.of())), "t1".getBytes(StandardCharsets.UTF_8), SourceRef.ofPath("t1"));
        }
        assertThat(run(new SearchCommand(), "school", "--data", dir.toString())).isZero();
        assertThat(out.toString()).contains("1. [teaser, cut off] Ferry school reopens");
        assertThat(run(new SearchCommand(), "elbe", "--data", dir.toString())).isZero();
        assertThat(out.toString()).contains("1. Rivers rise in Dresden").doesNotContain("[teaser] Rivers");
        out.getBuffer().setLength(0);
        assertThat(run(new SearchCommand(), "school", "--format", "jsonl", "--data", dir.toString())).isZero();
        assertThat(out.toString()).contains("\"kind\":\"snippet\"").contains("\"truncated\":true");
    }

    @Test
    void search_as_jsonl_prints_one_hit_per_line_within_filters() {
        int code = run(new SearchCommand(), "", "--format", "jsonl", "--entity", "dresden", "--from", "2021-07-20",
                "--data", dir.toString());
        assertThat(code).isZero();
        assertThat(out.toString().lines()).hasSize(1).first().asString().contains("\"id\":\"r2\"");
    }

    @Test
    void an_entity_filter_that_names_no_entity_says_so_on_stderr() {
        assertThat(run(new SearchCommand(), "", "--entity", "Leipzig", "--data", dir.toString())).isZero();
        assertThat(err.toString()).isEqualTo("search: no entity named 'Leipzig'\n");
        assertThat(out.toString()).startsWith("0 hits");
    }

    @Test
    void search_keeps_to_the_language_asked_for() {
        assertThat(run(new SearchCommand(), "dresden", "--language", "EN", "--data", dir.toString())).isZero();
        assertThat(out.toString()).contains("2 hits");
        assertThat(run(new SearchCommand(), "dresden", "--language", "de", "--data", dir.toString())).isZero();
        assertThat(out.toString()).contains("0 hits");
        assertThat(run(new SearchCommand(), "dresden", "--language", "German", "--data", dir.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--language must be a two-letter ISO 639-1 code");
    }

    @Test
    void a_bad_query_or_date_exits_2_with_a_clear_message() {
        assertThat(run(new SearchCommand(), "elbe AND (", "--data", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("cannot parse query 'elbe AND ('");
        assertThat(run(new SearchCommand(), "elbe", "--from", "July", "--data", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--from must be an ISO date");
    }

    @Test
    void search_without_a_knowledge_base_names_the_directory() {
        Path none = dir.resolve("none");
        assertThat(run(new SearchCommand(), "x", "--data", none.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(none.toString());
    }

    /** As search always did: one line naming the directory, exit 1, no stack trace. */
    @Test
    void every_command_reading_a_knowledge_base_says_in_one_line_that_there_is_none() {
        Path none = dir.resolve("none");
        for (List<String> command : List.of(List.of("search", "x"), List.of("export", "--what", "quotes"),
                List.of("stories"), List.of("duplicates"), List.of("events"))) {
            err.getBuffer().setLength(0);
            CommandLine cli = NewsgraphCommand.commandLine(InputStream.nullInputStream(), false);
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            List<String> args = new ArrayList<>(command);
            args.addAll(List.of("--data", none.toString()));
            assertThat(cli.execute(args.toArray(String[]::new))).as(command.toString()).isEqualTo(1);
            assertThat(err.toString().lines()).as(command.toString()).containsExactly(command.get(0)
                    + ": no knowledge base in " + none + " (run ingest first)");
        }
        assertThat(none).doesNotExist();
    }

    @Test
    void export_streams_every_record_as_csv_or_jsonl() {
        assertThat(run(new ExportCommand(), "--what", "articles", "--format", "csv", "--data", dir.toString()))
                .isZero();
        assertThat(out.toString().lines()).hasSize(3).first().asString().startsWith("id,kind,published");
        out.getBuffer().setLength(0);
        assertThat(run(new ExportCommand(), "--what", "Entities", "--data", dir.toString())).isZero();
        assertThat(out.toString().lines()).singleElement().asString().contains("\"name\":\"Dresden\"")
                .contains("\"articles\":2");
        assertThat(run(new ExportCommand(), "--what", "people", "--data", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("expected one of [articles, entities, quotes], not 'people'");
    }
    /**
     * Three more ingest sessions leave segments of their own beside the first; compact must leave one, and a search
     * must answer exactly as before (same hits, order and scores: the merge keeps the articles' order).
     */
    @Test
    void compact_merges_the_index_into_one_segment_and_searches_answer_as_before() throws Exception {
        String[] places = {"Leipzig", "Meissen", "Pirna"};
        for (int i = 0; i < places.length; i++) {
            try (KnowledgeBase kb = KnowledgeBase.open(dir); IngestService ingest = kb.ingest("cli-test", 10)) {
                String id = "s" + i;
                ingest.ingest(article(id, "Floods near " + places[i], "The river flooded streets in " + places[i]
                        + " and near Dresden.", "2021-07-1" + i, places[i]), id.getBytes(StandardCharsets.UTF_8),
                        SourceRef.ofPath(id));
            }
        }
        assertThat(segments()).isGreaterThan(1);
        assertThat(run(new SearchCommand(), "dresden", "--format", "jsonl", "--data", dir.toString())).isZero();
        String before = out.toString();
        assertThat(before.lines()).hasSize(5);
        out.getBuffer().setLength(0);

        assertThat(run(new CompactCommand(), "--data", dir.toString())).isZero();
        assertThat(err.toString()).containsPattern("merged \\d+ segments of .+ into one");
        assertThat(segments()).isEqualTo(1);
        assertThat(run(new SearchCommand(), "dresden", "--format", "jsonl", "--data", dir.toString())).isZero();
        assertThat(out.toString()).isEqualTo(before);
    }

    @Test
    void compact_without_a_knowledge_base_exits_1_and_creates_nothing() {
        Path none = dir.resolve("none");
        assertThat(run(new CompactCommand(), "--data", none.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(none.toString());
        assertThat(none).doesNotExist();
    }

    private int segments() throws Exception {
        try (Directory index = FSDirectory.open(dir.resolve("index"));
             DirectoryReader reader = DirectoryReader.open(index)) {
            return reader.leaves().size();
        }
    }
}
