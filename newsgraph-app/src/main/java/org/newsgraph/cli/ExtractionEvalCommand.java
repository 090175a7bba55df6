package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.newsgraph.eval.ExtractionBenchmark.PageInput;
import org.newsgraph.eval.ExtractionBenchmark;
import org.newsgraph.extract.PageExtractor;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleKind;
import org.newsgraph.model.PageFormat;
import org.newsgraph.model.PageHints;
import org.newsgraph.model.RawPage;
import org.newsgraph.model.SourceRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph eval extraction --data DIR}: body-extraction quality and single-core speed on a data set. */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = {"Scores the HTML main-content extractor on a data set (a directory with html/ and "
                + "ground-truth.json or gold.json.gz) and times it on one thread.",
                "For a one-core speed figure run the JVM with -XX:+UseSerialGC."})
public final class ExtractionEvalCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "Data set directory, e.g. shared/data/extraction-scrapinghub-aeb.")
    Path data;

    @Option(names = "--worst", paramLabel = "N", defaultValue = "10",
            description = "List the N pages with the lowest F1 (default: ${DEFAULT-VALUE}).")
    int worst;

    @Option(names = "--no-timing", description = "Skip the speed passes.")
    boolean noTiming;

    /** What is measured: the whole extraction stage as {@code extract} runs it, or the body extractor alone. */
    enum Stage { PIPELINE, BODY }

    @Option(names = "--stage", paramLabel = "STAGE", defaultValue = "pipeline",
            description = "pipeline (default): bytes through decoding, metadata, body and language detection, as "
                    + "`extract` runs them; body: jsoup parsing plus the body extractor alone.")
    Stage stage;

    private static Function<PageInput, String> pipeline() {
        PageExtractor extractor = PageExtractor.standard();
        return page -> {
            RawPage raw = new RawPage(new SourceRef(page.id(), null, null, null, page.url()), PageFormat.HTML,
                    page.html(), null, PageHints.NONE);
            return extractor.extract(raw).stream().filter(a -> a.kind() == ArticleKind.ARTICLE)
                    .map(Article::text).findFirst().orElse("");
        };
    }

    @Override
    public Integer call() {
        try {
            ExtractionBenchmark bench = ExtractionBenchmark.open(data);
            Function<PageInput, String> extractor =
                    stage == Stage.BODY ? ExtractionBenchmark.defaultExtractor() : pipeline();
            System.out.println("stage: " + stage.name().toLowerCase(Locale.ROOT));
            ExtractionBenchmark.Report report = bench.run(extractor, !noTiming);
            System.out.print(report.format(worst));
            return 0;
        } catch (IOException | RuntimeException e) {
            System.err.println("extraction eval failed: " + e.getMessage());
            return 1;
        }
    }
}
