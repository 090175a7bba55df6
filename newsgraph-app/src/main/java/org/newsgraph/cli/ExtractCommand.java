package org.newsgraph.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.extract.PageExtractor;
import org.newsgraph.source.PageSource;
import org.newsgraph.source.SourceOptions;
import org.newsgraph.source.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsgraph extract PATH...}: clean articles and snippets out of raw pages, as JSON Lines or text. */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Extracts articles (and teaser snippets) from news pages and writes one record per article.",
                "Inputs: plain-text scrapes, HTML files, WARC/WARC.gz, JSON Lines data sets (text or html per line),"
                        + " any of them gzipped, folders (recursive, in name order) and - for stdin.",
                "Output goes to stdout in input order; errors go to stderr, one line per failed input, and a"
                        + " summary line ends every run."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  every input was processed",
                "  1  some inputs or pages failed (each named on stderr); the rest was processed",
                "  2  usage error (unknown option, bad value)"})
final class ExtractCommand implements Callable<Integer> {

    enum Format { jsonl, text }

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, or - for stdin.")
    private List<String> paths;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl (default; DESIGN.md's record fields) or text (for reading).")
    private Format format;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: the number of cores).")
    private Integer threads;

    @Option(names = "--max-page-size", paramLabel = "SIZE", defaultValue = "16M", converter = ByteSizeConverter.class,
            description = "Largest page read into memory, e.g. 16M, 512K (default: ${DEFAULT-VALUE}). Bigger pages"
                    + " are reported as failures without being read whole.")
    private long maxPageSize;

    private final InputStream stdin;
    private final boolean showProgress;

    ExtractCommand(InputStream stdin, boolean showProgress) {
        this.stdin = stdin;
        this.showProgress = showProgress;
    }

    @Override
    public Integer call() throws InterruptedException {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || n > 512) {
            throw new ParameterException(spec.commandLine(), "--threads must be between 1 and 512, got " + n);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SourceOptions options = new SourceOptions(maxPageSize);
        List<PageSource> sources = new ArrayList<>(paths.size());
        for (String p : paths) sources.add(Sources.open(p, options, stdin));
        ArticleWriter writer = format == Format.text ? new TextWriter(out) : new JsonLinesWriter(out);
        RunStats stats;
        try (Progress progress = showProgress
                ? Progress.onTerminal("extract", new PrintStream(System.err, true, StandardCharsets.UTF_8))
                : Progress.NONE) {
            stats = new ExtractRun(PageExtractor.standard(), n).run(sources, writer, out, err, progress);
        }
        err.println(stats.summary());
        err.flush();
        return stats.complete() ? 0 : 1;
    }
}
