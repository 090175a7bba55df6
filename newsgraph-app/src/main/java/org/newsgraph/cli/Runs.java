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
     * Runs a command that only writes its records out, so that Ctrl-C or {@code kill} ends it between two records:
     * everything written is whole, the summary still counts it, and the exit code says the run was cut short.
     *
     * @return as {@link #execute}, or {@link IngestRun#INTERRUPTED} after a signal
     */
    static int executeUntilSignal(String task, PageProcessor processor, int threads, List<PageSource> sources,
                                  ResultSink sink, CommandSpec spec, boolean showProgress) throws InterruptedException {
        try (StopOnSignal stop = StopOnSignal.install()) {
            int code = execute(task, new PageRun(processor, threads, stop::requested), sources, sink, spec,
                    showProgress);
            if (!stop.requested()) return code;
            PrintWriter err = spec.commandLine().getErr();
            err.println("newsgraph: interrupted: took no more inputs; the records written before the signal are"
                    + " complete, one per line");
            err.flush();
            return IngestRun.INTERRUPTED;
        }
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
