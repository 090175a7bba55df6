package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Guards the quality of the default extractor on the shared benchmarks; floors sit a little below what it reaches. */
class ExtractionBenchmarkTest {

    @Test
    void keeps_article_extraction_benchmark_f1_above_floor() throws IOException {
        ExtractionBenchmark bench = ExtractionBenchmark.open(SharedData.require("extraction-scrapinghub-aeb"));
        ExtractionBenchmark.Report report = bench.run(ExtractionBenchmark.defaultExtractor(), false);
        assertThat(report.errors()).isEmpty();
        assertThat(report.shingles().pages()).isEqualTo(181);
        // reached 0.971 (P 0.961, R 0.981); trafilatura scores 0.958 on the same pages
        assertThat(report.shingles().f1()).isGreaterThanOrEqualTo(0.960);
        assertThat(report.format(3)).contains("F1 0.9").contains("worst pages");
    }

    @Test
    void reads_the_wcxb_layout_and_measures_any_extractor_function(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("html"));
        writeGzip(dir.resolve("html/0001.html.gz"), "<html><body><p>Cats sleep all day.</p></body></html>");
        writeGzip(dir.resolve("html/0002.html.gz"), "<html><body><p>Dogs bark at night.</p></body></html>");
        writeGzip(dir.resolve("gold.json.gz"), """
                {"0001": {"url": "https://a.example/1", "main_content": "Cats sleep all day.",
                          "with": ["cats sleep"], "without": ["Subscribe"]},
                 "0002": {"url": "https://a.example/2", "main_content": "Dogs bark at night and day.",
                          "with": ["dogs bark"], "without": ["Menu"]}}""");
        ExtractionBenchmark bench = ExtractionBenchmark.open(dir);
        ExtractionBenchmark.Report report = bench.run(
                page -> ExtractionBenchmark.parse(page).body().text() + (page.id().equals("0002") ? " Menu" : ""),
                true);
        assertThat(report.layout()).isEqualTo(ExtractionDataset.Layout.WCXB);
        assertThat(report.pages()).extracting(ExtractionBenchmark.PageResult::url)
                .containsExactly("https://a.example/1", "https://a.example/2");
        // page 2: 4 of 5 predicted tokens are gold, 4 of 6 gold tokens found
        assertThat(report.words().precision()).isCloseTo((1 + 0.8) / 2, within(1e-9));
        assertThat(report.words().recall()).isCloseTo((1 + 4.0 / 6) / 2, within(1e-9));
        assertThat(report.words().withFound()).isEqualTo(1.0);
        assertThat(report.words().withoutFound()).isEqualTo(0.5);
        assertThat(report.timing().pagesPerSecond()).isPositive();
        assertThat(report.format(1)).contains("word metric (official WCXB)").contains("0002");
    }

    @Test
    void rejects_a_directory_that_is_not_a_data_set(@TempDir Path dir) {
        assertThatThrownBy(() -> ExtractionBenchmark.open(dir)).isInstanceOf(IOException.class)
                .hasMessageContaining(dir.toString());
    }

    private static void writeGzip(Path file, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
