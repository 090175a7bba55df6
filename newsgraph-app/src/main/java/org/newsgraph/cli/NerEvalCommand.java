package org.newsgraph.cli;

import org.newsgraph.nlp.eval.NerEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code newsgraph eval ner}: mention P/R/F1 per type beside CoreNLP's stock pipeline. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = {"Scores entity mentions against a gold set: a folder with CoNLL files (IO/BIO labels, e.g."
                + " WikiGold) or with meantime_eval.jsonl (MEANTIME).",
                "Prints strict and relaxed P/R/F1 per type for CoreNLP's stock pipeline (the anchor), newsgraph's"
                        + " tagger alone, and newsgraph after entity resolution."})
public final class NerEvalCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The gold data folder.")
    private Path data;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "Score only the first N documents.")
    private int limit;

    @Option(names = "--no-stock", description = "Skip the CoreNLP stock anchor (it is about six times slower).")
    private boolean noStock;

    @Override
    public Integer call() {
        NerEval.print(new NerEval().run(data, limit, !noStock), data, System.out);
        return 0;
    }
}
