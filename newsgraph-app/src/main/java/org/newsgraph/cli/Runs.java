package org.newsgraph.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.newsgraph.source.PageSource;
import picocli.CommandLine.Model.CommandSpec;

/** Runs a {@link PageRun} the way every page-reading command does: progress bar, summary line, exit code. */
final class Runs {

    private Runs() {
    }

    /**
     * @return the exit code: 0 when every input was processed, 1 when some failed
     */
    static int execute(String task, PageRun run, List<PageSource> sources, ResultSink sink, CommandSpec spec,
                       boolean showProgress)
            throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RunStats stats;
        try (Progress progress = showProgress
                ? Progress.onTerminal(task, new PrintStream(System.err, true, StandardCharsets.UTF_8), sources)
                : Progress.NONE) {
            stats = run.run(sources, sink, out, err, progress);
        }
        err.println(stats.summary());
        err.flush();
        return stats.complete() ? 0 : 1;
    }
}
