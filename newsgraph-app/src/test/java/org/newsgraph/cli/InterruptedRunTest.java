package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.index.KnowledgeBase;
import org.newsgraph.index.StoredArticle;
import org.newsgraph.model.RecordJson;

/**
 * Ctrl-C and kill during a real run in its own JVM: pages come on stdin, which stays open, so the run is still
 * waiting for more when the signal comes. French pages, so no page waits for the English models.
 */
class InterruptedRunTest {
    /** More than the 4 KB the format is told by, so the run goes on to the pages before stdin ends. */
    private static final int PAGES = 12;

    @TempDir
    Path dir;

    private static String page(int i) {
        return "{\"id\": \"marche-" + i + "\", \"title\": \"Le marché couvert rouvre ses portes (" + i + ")\","
                + " \"text\": \"Après deux années de travaux, le marché couvert de la ville a rouvert samedi matin."
                + " Les habitants sont venus nombreux acheter du pain, des fromages et des légumes aux producteurs de"
                + " la vallée, et la mairie prévoit une fête de quartier le mois prochain (" + i + ").\"}\n";
    }

    private Process ingest(Path data) throws IOException {
        return newsgraph(ProcessBuilder.Redirect.DISCARD, "ingest", "--data", data.toString(), "--threads", "1", "-");
    }

    private Process newsgraph(ProcessBuilder.Redirect stdout, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"),
                NewsgraphCommand.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(dir.resolve("stderr.txt").toFile()).redirectOutput(stdout)
                .start();
    }

    @Test
    void a_signal_ends_extract_between_two_records_and_says_so() throws Exception {
        Path out = dir.resolve("stdout.jsonl");
        Process child = newsgraph(ProcessBuilder.Redirect.to(out.toFile()), "extract", "--threads", "1", "-");
        try (OutputStream stdin = child.getOutputStream()) {
            for (int i = 0; i < PAGES; i++) stdin.write(page(i).getBytes(StandardCharsets.UTF_8));
            stdin.flush();
            // the run writes what it has before it waits for more input, so the records show up while stdin is open
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (Files.readAllLines(out).size() < PAGES) {
                assertThat(System.nanoTime()).as("the child wrote the records in time").isLessThan(until);
                Thread.sleep(50);
            }
            new ProcessBuilder("kill", "-INT", String.valueOf(child.pid())).start().waitFor();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("exited after the signal").isTrue();
        }
        String stderr = Files.readString(dir.resolve("stderr.txt"));
        assertThat(child.exitValue()).as(stderr).isEqualTo(130);
        assertThat(stderr).contains("newsgraph: " + PAGES + " pages processed, " + PAGES + " articles",
                "newsgraph: interrupted: took no more inputs; the records written before the signal are complete");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(PAGES);
        for (String line : lines) assertThat(RecordJson.MAPPER.readTree(line).path("id").asText()).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource({"INT, 130", "TERM, 143"})
    void a_signal_keeps_what_was_stored_says_so_and_a_rerun_resumes(String signal, int exitCode) throws Exception {
        Path data = dir.resolve("kb");
        Process child = ingest(data);
        try (OutputStream stdin = child.getOutputStream()) {
            for (int i = 0; i < PAGES; i++) stdin.write(page(i).getBytes(StandardCharsets.UTF_8));
            stdin.flush();
            waitForRawFiles(data, PAGES);
            // the run holds the pages, uncommitted (256 inputs or 10 s make a commit), and waits for a fourth
            new ProcessBuilder("kill", "-" + signal, String.valueOf(child.pid())).start().waitFor();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("exited after the signal").isTrue();
        }
        String stderr = Files.readString(dir.resolve("stderr.txt"));
        assertThat(child.exitValue()).as(stderr).isEqualTo(exitCode);
        assertThat(stderr).contains("newsgraph: stored " + PAGES + " inputs with " + PAGES + " articles",
                "newsgraph: interrupted: took no more inputs and kept the " + PAGES + " inputs stored by this run"
                        + " (committed); run the same command again to resume: what is stored is skipped");
        assertThat(articleIds(data)).hasSize(PAGES);

        Process rerun = ingest(data);
        try (OutputStream stdin = rerun.getOutputStream()) {
            for (int i = 0; i <= PAGES; i++) stdin.write(page(i).getBytes(StandardCharsets.UTF_8));
        }
        assertThat(rerun.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String again = Files.readString(dir.resolve("stderr.txt"));
        assertThat(rerun.exitValue()).as(again).isZero();
        assertThat(again).contains("stored 1 input with 1 article", PAGES + " inputs were already stored");
        assertThat(articleIds(data)).hasSize(PAGES + 1).doesNotHaveDuplicates();
    }

    private static void waitForRawFiles(Path data, int n) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (rawFiles(data) < n) {
            assertThat(System.nanoTime()).as("the child stored the pages in time").isLessThan(until);
            Thread.sleep(50);
        }
        Thread.sleep(300); // the index update follows the raw file within the same call
    }

    private static long rawFiles(Path data) throws IOException {
        Path raw = data.resolve("raw");
        if (!Files.isDirectory(raw)) return 0;
        try (Stream<Path> files = Files.walk(raw)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".gz")).count();
        }
    }

    private static List<String> articleIds(Path data) throws IOException {
        List<StoredArticle> articles = new ArrayList<>();
        try (KnowledgeBase kb = KnowledgeBase.openReadOnly(data)) {
            kb.exporter().articles(articles::add);
        }
        return articles.stream().map(a -> a.article().article().id()).toList();
    }
}
