package org.newsgraph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.RawPage;
import org.newsgraph.model.RecordJson;
import org.newsgraph.model.SourceRef;
import org.newsgraph.source.PageSink;
import org.newsgraph.source.SourceOptions;
import org.newsgraph.source.Sources;
import org.newsgraph.source.WarcFixtures;
import picocli.CommandLine;

/**
 * The job on a local two-core Spark against the same stages run directly, on inputs of every outcome: a WARC file
 * with two news pages and a non-page resource, a plain-text scrape in a folder, a truncated gzip file and an empty
 * file.
 */
class SparkJobTest {

    private static final String PAGE = """
            <html><head><title>%s</title><meta name="author" content="%s"></head><body><article>
            <h1>%s</h1><p>%s</p></article></body></html>""";

    @TempDir
    static Path dir;
    private static SparkSession spark;
    private static Path out;
    private static int exit;
    private static String stderr;
    private static List<String> files;
    private static Path taken;
    private static int takenExit;
    private static String takenStderr;
    private static Path uriOut;
    private static int uriExit;
    private static String uriStderr;
    private static Set<String> copiesBefore;
    private static Set<String> copiesAfter;

    @BeforeAll
    static void run() throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        WarcFixtures.write(inputs.resolve("crawl.warc.gz"), true, List.of(
                capture("https://news.example.org/2024/06/03/harbour-deal", "Kenya and Tanzania sign harbour deal",
                        "Ann Roe", "Kenya and Tanzania signed a harbour agreement in Mombasa on Monday. \"This port"
                                + " will carry the trade of six countries,\" said Kenya's transport minister, Jane"
                                + " Wanjiru. Tanzanian officials said the first ships would dock in August."),
                capture("https://news.example.org/2024/06/04/strike", "Dock workers strike in Dar es Salaam",
                        "Tom Berg", "Dock workers in Dar es Salaam went on strike on Tuesday over unpaid wages. The"
                                + " union leader, Peter Mwakyusa, told reporters that the strike would go on until"
                                + " the port authority paid. Police dispersed protesters near the main gate."),
                new WarcFixtures.Capture("https://news.example.org/logo.png", 200, "image/png",
                        new byte[] {(byte) 0x89, 'P', 'N', 'G'})));
        Path folder = Files.createDirectories(inputs.resolve("scrapes"));
        Files.writeString(folder.resolve("ferry.txt"), """
                Norway opens new ferry route to Denmark

                Norway's transport minister, Ingrid Solberg, opened a ferry route between Bergen and Hirtshals on
                Friday. "Travellers will save four hours," Solberg said. The first crossing carried 600 passengers.
                """.replace("\n\n", "\u0000").replace("\n", " ").replace("\u0000", "\n\n"));
        byte[] gzip = gzip("{\"text\": \"" + "a long line of words ".repeat(400) + "\"}\n");
        Files.write(inputs.resolve("cut.jsonl.gz"), java.util.Arrays.copyOf(gzip, gzip.length / 2));
        Files.write(inputs.resolve("empty.html"), new byte[0]);

        out = dir.resolve("tables");
        StringWriter err = new StringWriter();
        exit = new CommandLine(new SparkJob()).setErr(new PrintWriter(err, true))
                .execute(inputs.toString(), "--out", out.toString(), "--events", "--master", "local[2]");
        stderr = err.toString();
        files = Sources.files(inputs.toString(), ignoring());

        // each run stops its session, so the second one runs before the test opens its own to read the tables
        taken = Files.createDirectories(dir.resolve("taken"));
        Files.writeString(taken.resolve("keep.txt"), "mine");
        StringWriter takenErr = new StringWriter();
        takenExit = new CommandLine(new SparkJob()).setErr(new PrintWriter(takenErr, true))
                .execute(inputs.toString(), "--out", taken.toString(), "--master", "local[2]");
        takenStderr = takenErr.toString();

        // the same folder named by URI, as a cluster names hdfs:// or s3a:// inputs: listed and copied through Hadoop
        uriOut = dir.resolve("uri-tables");
        copiesBefore = inputCopies();
        StringWriter uriErr = new StringWriter();
        uriExit = new CommandLine(new SparkJob()).setErr(new PrintWriter(uriErr, true))
                .execute(inputs.toUri().toString(), "--out", uriOut.toString(), "--master", "local[2]");
        uriStderr = uriErr.toString();
        copiesAfter = inputCopies();

        spark = SparkSession.builder().master("local[2]").appName("newsgraph-test")
                .config("spark.ui.enabled", "false").getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    @Test
    void each_file_of_the_folder_is_a_task_and_a_failed_file_makes_exit_code_1_and_a_problem_row() {
        assertThat(files).hasSize(4);
        assertThat(exit).as(stderr).isEqualTo(1);
        assertThat(stderr).contains("4 files: 3 articles, 0 snippets, 1 failed, 2 skipped");
        List<Row> problems = spark.read().parquet(out.resolve("problems").toString()).collectAsList();
        Map<String, String> outcomeByFile = problems.stream().collect(Collectors.toMap(
                SparkJobTest::fileAndUrl, r -> r.<String>getAs("outcome")));
        assertThat(outcomeByFile).containsEntry("cut.jsonl.gz", "failed").containsEntry("empty.html", "skipped")
                .containsEntry("crawl.warc.gz https://news.example.org/logo.png", "skipped");
    }

    @Test
    void the_articles_table_holds_what_the_stages_make_of_each_page_run_directly() throws IOException {
        Map<String, JsonNode> direct = new HashMap<>();
        for (AnalyzedArticle a : directly()) direct.put(a.article().id(), RecordJson.MAPPER.valueToTree(a));
        Dataset<Row> articles = spark.read().parquet(out.resolve("articles").toString());
        Map<String, JsonNode> fromSpark = new HashMap<>();
        for (String json : articles.toJSON().collectAsList()) {
            JsonNode row = RecordJson.MAPPER.readTree(json);
            fromSpark.put(row.get("id").asText(), row);
        }
        assertThat(fromSpark.keySet()).isEqualTo(direct.keySet()).hasSize(3);
        for (String id : direct.keySet()) {
            JsonNode d = direct.get(id);
            JsonNode s = fromSpark.get(id);
            for (String field : List.of("text", "title", "url", "authors", "sentences", "entities", "quotes", "times",
                    "events")) {
                assertThat(withoutNulls(s.get(field))).as(id + " " + field).isEqualTo(withoutNulls(d.get(field)));
            }
        }
        assertThat(direct.values().stream().mapToInt(a -> a.get("events").size()).sum()).isPositive();
        assertThat(direct.values().stream().mapToInt(a -> a.get("quotes").size()).sum()).isPositive();
    }

    @Test
    void annotation_tables_have_a_row_per_annotation_whose_offsets_slice_its_article_text() {
        Dataset<Row> articles = spark.read().parquet(out.resolve("articles").toString());
        Map<String, String> text = articles.collectAsList().stream()
                .collect(Collectors.toMap(r -> r.<String>getAs("id"), r -> r.<String>getAs("text")));
        long mentions = 0;
        for (Row e : spark.read().parquet(out.resolve("entities").toString()).collectAsList()) {
            String t = text.get(e.<String>getAs("article_id"));
            for (Object m : e.getList(e.fieldIndex("mentions"))) {
                List<Integer> span = scalaInts(m);
                assertThat(t.substring(span.get(0), span.get(1))).isNotBlank();
                mentions++;
            }
        }
        assertThat(mentions).isGreaterThan(6);
        List<Row> quotes = spark.read().parquet(out.resolve("quotes").toString()).collectAsList();
        assertThat(quotes).isNotEmpty().allSatisfy(q -> assertThat(text.get(q.<String>getAs("article_id"))
                .substring(q.<Integer>getAs("start"), q.<Integer>getAs("end"))).isEqualTo(q.getAs("text")));
        List<Row> events = spark.read().parquet(out.resolve("events").toString()).collectAsList();
        assertThat(events).isNotEmpty().allSatisfy(ev -> {
            List<Integer> trigger = scalaInts(ev.get(ev.fieldIndex("trigger")));
            assertThat(trigger.get(0)).isLessThan(trigger.get(1));
        });
        assertThat(spark.read().parquet(out.resolve("times").toString()).count()).isPositive();
    }

    @Test
    void inputs_named_by_uri_are_read_through_hadoop_into_the_same_articles_named_by_their_uri() {
        assertThat(uriExit).as(uriStderr).isEqualTo(1);
        assertThat(uriStderr).contains("4 files: 3 articles, 0 snippets, 1 failed, 2 skipped");
        List<Row> byUri = spark.read().parquet(uriOut.resolve("articles").toString()).select("id", "source.path")
                .collectAsList();
        List<String> ids = spark.read().parquet(out.resolve("articles").toString()).select("id").collectAsList()
                .stream().map(r -> r.getString(0)).toList();
        assertThat(byUri).extracting(r -> r.getString(0)).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(byUri).extracting(r -> r.getString(1)).allMatch(p -> p.startsWith("file:/"))
                .anyMatch(p -> p.endsWith("/in/crawl.warc.gz"));
        assertThat(copiesAfter).as("local copies left behind").isEqualTo(copiesBefore);
    }

    /** The folders tasks copy inputs named by URI into. */
    private static Set<String> inputCopies() throws IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("newsgraph-input"))
                    .collect(Collectors.toSet());
        }
    }

    @Test
    void the_schema_has_a_column_for_every_field_the_json_records_carry() {
        Set<String> missing = new TreeSet<>();
        for (AnalyzedArticle a : directly()) {
            missing.addAll(missingFields("", RecordJson.MAPPER.valueToTree(a), Schemas.ARTICLES));
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void an_existing_output_directory_is_refused_and_left_alone() throws IOException {
        assertThat(takenExit).isEqualTo(2);
        assertThat(takenStderr).contains(taken + " exists");
        try (var left = Files.list(taken)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("keep.txt");
        }
        assertThat(Files.readString(taken.resolve("keep.txt"))).isEqualTo("mine");
    }

    private static String fileAndUrl(Row problem) {
        Row source = problem.getAs("source");
        String file = Path.of(source.<String>getAs("path")).getFileName().toString();
        return source.getAs("url") == null ? file : file + " " + source.getAs("url");
    }

    private static List<AnalyzedArticle> directly() {
        List<AnalyzedArticle> records = new ArrayList<>();
        Stages stages = Stages.of(true);
        for (String file : files) {
            Sources.open(file, SourceOptions.DEFAULT, InputStream.nullInputStream()).read(new PageSink() {
                @Override
                public void page(RawPage page) {
                    records.addAll(stages.process(page));
                }

                @Override
                public void failure(SourceRef where, String reason) {
                }

                @Override
                public void skipped(SourceRef where, String reason) {
                }
            });
        }
        return records;
    }

    /** Paths of JSON fields with no column of the same name (a field Spark's reader would drop without a word). */
    private static Set<String> missingFields(String path, JsonNode node, DataType type) {
        Set<String> missing = new TreeSet<>();
        if (node.isObject() && type instanceof StructType struct) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                String name = path + "/" + f.getKey();
                StructField column = java.util.Arrays.stream(struct.fields())
                        .filter(c -> c.name().equals(f.getKey())).findFirst().orElse(null);
                if (column == null) missing.add(name);
                else missing.addAll(missingFields(name, f.getValue(), column.dataType()));
            }
        } else if (node.isArray() && type instanceof ArrayType array) {
            for (JsonNode element : node) missing.addAll(missingFields(path + "[]", element, array.elementType()));
        } else if (node.isContainerNode()) {
            missing.add(path + " (a " + node.getNodeType() + " where the schema has " + type.simpleString() + ")");
        }
        return missing;
    }

    /** Spark writes a JSON null for an absent field; the CLI's records write it too, but compare on what is set. */
    private static JsonNode withoutNulls(JsonNode node) {
        if (node == null || node.isNull()) return null;
        if (node.isObject()) {
            var copy = RecordJson.MAPPER.createObjectNode();
            node.fields().forEachRemaining(f -> {
                if (!f.getValue().isNull()) copy.set(f.getKey(), withoutNulls(f.getValue()));
            });
            return copy;
        }
        if (node.isArray()) {
            var copy = RecordJson.MAPPER.createArrayNode();
            node.forEach(e -> copy.add(withoutNulls(e)));
            return copy;
        }
        return node;
    }

    private static List<Integer> scalaInts(Object seq) {
        List<Integer> ints = new ArrayList<>();
        scala.jdk.javaapi.CollectionConverters.asJava((scala.collection.Seq<?>) seq)
                .forEach(i -> ints.add((Integer) i));
        return ints;
    }

    private static WarcFixtures.Capture capture(String url, String title, String author, String paragraph) {
        return new WarcFixtures.Capture(url, 200, "text/html; charset=utf-8",
                PAGE.formatted(title, author, title, paragraph).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] gzip(String text) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static PageSink ignoring() {
        return new PageSink() {
            @Override
            public void page(RawPage page) {
            }

            @Override
            public void failure(SourceRef where, String reason) {
            }

            @Override
            public void skipped(SourceRef where, String reason) {
            }
        };
    }
}
