package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.eval.DedupBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph eval dedup}: near-duplicate pair precision and recall on seeded copies of demo articles. */
@Command(name = "dedup", mixinStandardHelpOptions = true,
        description = "Scores near-duplicate detection on copies made from a demo-wikinews-format data set.")
public final class DedupEvalCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", description = "folder holding articles.jsonl.gz, or the file "
            + "(default: ${DEFAULT-VALUE})", defaultValue = "../shared/data/demo-wikinews")
    Path data;

    @Override
    public Integer call() {
        Path file = Files.isDirectory(data) ? data.resolve("articles.jsonl.gz") : data;
        if (!Files.isRegularFile(file)) {
            System.err.println("dedup: no articles.jsonl.gz at " + data);
            return 2;
        }
        DedupBenchmark.report(file, System.out);
        return 0;
    }
}
