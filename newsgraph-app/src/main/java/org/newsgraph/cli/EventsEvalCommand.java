package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.eval.EventBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph eval events}: event coding against the PLOVER gold standard records. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Scores event coding (PLOVER type, actor country and sector) on the PLOVER gold standard"
                + " records and measures coder throughput.")
public final class EventsEvalCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "folder holding plover_gsr_normalized.jsonl (../shared/data/events-plover-gsr-cameo-manual)")
    Path data;

    @Option(names = "--parse-cache", paramLabel = "FILE",
            description = "JSON Lines file of parses: read if it exists, else written after parsing")
    Path parseCache;

    @Option(names = "--show-errors", paramLabel = "HALF",
            description = "print the wrongly typed sentences of half A (the development half); never use B")
    String showErrors;

    @Option(names = "--confusion",
            description = "print, per half, each predicted type/CAMEO code with the gold types of its sentences"
                    + " (counts only, so half B stays unread)")
    boolean confusion;

    @Override
    public Integer call() throws Exception {
        if (showErrors != null && !showErrors.equals("A")) {
            System.err.println("--show-errors: only half A may be inspected; half B is the untouched test half");
            return 2;
        }
        new EventBenchmark().run(data, parseCache, System.out, showErrors, confusion);
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new picocli.CommandLine(new EventsEvalCommand()).execute(args));
    }
}
