package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.eval.ConnectThroughput;
import org.newsgraph.eval.EcbPlusDoc;
import org.newsgraph.eval.StoryBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph eval stories}: streaming story clustering on ECB+ beside its baselines, plus throughput. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "Scores streaming story clustering (B-cubed and pairwise F1) on an ECB+-format data set.")
public final class StoriesEvalCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", description = "folder holding " + EcbPlusDoc.FILE
            + " (default: ${DEFAULT-VALUE})", defaultValue = "../shared/data/clustering-ecbplus")
    Path data;

    @Option(names = "--tune", description = "grid-search the parameters on the train split first")
    boolean tune;

    @Option(names = "--throughput", paramLabel = "FILE", description = "also measure dedup + clustering "
            + "throughput on this demo-wikinews articles.jsonl.gz (default: ${DEFAULT-VALUE})",
            defaultValue = "../shared/data/demo-wikinews/articles.jsonl.gz")
    Path throughput;

    @Override
    public Integer call() {
        Path file = Files.isDirectory(data) ? data.resolve(EcbPlusDoc.FILE) : data;
        if (!Files.isRegularFile(file)) {
            System.err.println("stories: no " + EcbPlusDoc.FILE + " at " + data);
            return 2;
        }
        StoryBenchmark.report(data, tune, System.out);
        if (Files.isRegularFile(throughput)) ConnectThroughput.report(throughput, 10, System.out);
        return 0;
    }
}
