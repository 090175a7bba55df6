package org.newsgraph.cli;

import org.newsgraph.nlp.eval.QuotesEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code newsgraph eval quotes}: quote content P/R/F1 and speaker accuracy on PolNeAR's train or dev split. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Scores quotes and their speakers against a PolNeAR-layout folder (polnear.jsonl.gz).",
                "Only the train and dev splits are read; the test split is withheld."})
public final class QuotesEvalCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The folder with polnear.jsonl.gz.")
    private Path data;

    @Option(names = "--split", defaultValue = "dev", paramLabel = "SPLIT", description = "train or dev (default: dev).")
    private String split;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "Score only the first N documents.")
    private int limit;

    @Override
    public Integer call() {
        QuotesEval.print(new QuotesEval().run(data, split, limit), data, System.out);
        return 0;
    }
}
