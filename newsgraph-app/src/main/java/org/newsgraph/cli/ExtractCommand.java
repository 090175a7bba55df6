package org.newsgraph.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.PageExtractor;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.AnalyzedArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph extract PATH...}: clean articles and snippets out of raw pages, as JSON Lines or text. */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Extracts articles (and teaser snippets) from news pages and writes one record per article.",
                "Inputs: plain-text scrapes, HTML files, WARC/WARC.gz, JSON Lines data sets (text or html per line),"
                        + " any of them gzipped, folders (recursive, in name order) and - for stdin.",
                "Output goes to stdout in input order; errors go to stderr, one line per failed input, and a"
                        + " summary line ends every run."},
        footerHeading = "%nExit codes:%n", footer = ExitCodes.FOOTER)
final class ExtractCommand implements Callable<Integer> {

    enum Format { jsonl, text }

    @Spec
    private CommandSpec spec;

    @Mixin
    private InputOptions inputs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl (default; DESIGN.md's record fields) or text (for reading).")
    private Format format;

    private final InputStream stdin;
    private final boolean showProgress;

    ExtractCommand(InputStream stdin, boolean showProgress) {
        this.stdin = stdin;
        this.showProgress = showProgress;
    }

    /** Extraction as a run's processing step: the records carry no analysis. */
    static PageProcessor extractOnly(Extractor extractor) {
        return page -> extractor.extract(page).stream().map(a -> new AnalyzedArticle(a, Analysis.EMPTY)).toList();
    }

    @Override
    public Integer call() throws InterruptedException {
        int threads = inputs.threads();
        PrintWriter out = spec.commandLine().getOut();
        ArticleWriter writer = format == Format.text ? new TextWriter(out) : new JsonLinesWriter(out);
        ResultSink sink = (page, records) -> {
            for (AnalyzedArticle r : records) writer.write(r.article());
        };
        return Runs.executeUntilSignal("extract", extractOnly(PageExtractor.standard()), threads,
                inputs.sources(stdin), sink, spec, showProgress);
    }
}
