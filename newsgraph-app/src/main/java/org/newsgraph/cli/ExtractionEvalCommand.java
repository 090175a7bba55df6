package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.eval.ExtractionBenchmark;
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

    @Override
    public Integer call() {
        try {
            ExtractionBenchmark bench = ExtractionBenchmark.open(data);
            ExtractionBenchmark.Report report = bench.run(ExtractionBenchmark.defaultExtractor(), !noTiming);
            System.out.print(report.format(worst));
            return 0;
        } catch (IOException | RuntimeException e) {
            System.err.println("extraction eval failed: " + e.getMessage());
            return 1;
        }
    }
}
