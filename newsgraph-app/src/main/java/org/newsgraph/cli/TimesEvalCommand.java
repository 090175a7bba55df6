package org.newsgraph.cli;

import org.newsgraph.nlp.eval.TimesEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code newsgraph eval times}: TIMEX3 detection and value scores, TempEval-3 style. */
@Command(name = "times", mixinStandardHelpOptions = true,
        description = "Scores time expressions against a folder with meantime_eval.jsonl (TIMEX3 spans and values).")
public final class TimesEvalCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The gold data folder.")
    private Path data;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "Score only the first N documents.")
    private int limit;

    @Option(names = "--errors", paramLabel = "TOPIC", split = ",",
            description = "List wrong values, misses and false alarms of these topics (e.g. airbus,apple), "
                    + "leaving the others an unread check.")
    private Set<String> errors = Set.of();

    @Override
    public Integer call() {
        TimesEval.print(new TimesEval().run(data, limit, errors, System.out), data, System.out);
        return 0;
    }
}
