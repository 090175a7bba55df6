package org.newsgraph.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.PageExtractor;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.RecordJson;
import org.newsgraph.nlp.Analyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph analyze PATH...}: what {@code extract} prints plus sentences, entities, quotes and times, with
 * character offsets into each record's text.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Extracts and analyses articles: sentences, entities, quotes and time expressions, one JSON"
                + " object per article on stdout (the extract fields plus the analysis fields of DESIGN.md).",
                "Reads the same inputs as extract. English is analysed; other languages get a warning and empty"
                        + " annotations."},
        footerHeading = "%nExit codes:%n", footer = ExitCodes.FOOTER)
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private InputOptions inputs;

    @Mixin
    private EventsOption events;

    private final InputStream stdin;
    private final boolean showProgress;

    AnalyzeCommand(InputStream stdin, boolean showProgress) {
        this.stdin = stdin;
        this.showProgress = showProgress;
    }

    /** Extraction then analysis of every record a page yields, as a run's processing step. */
    static PageProcessor extractAndAnalyze(Extractor extractor, Analyzer analyzer) {
        return page -> extractor.extract(page).stream().map(analyzer::analyze).toList();
    }

    @Override
    public Integer call() throws InterruptedException {
        int threads = inputs.threads();
        PrintWriter out = spec.commandLine().getOut();
        ObjectWriter json = RecordJson.MAPPER.writerFor(AnalyzedArticle.class);
        ResultSink sink = (page, records) -> {
            for (AnalyzedArticle r : records) {
                out.write(json.writeValueAsString(r));
                out.write('\n');
            }
        };
        PageProcessor processor = extractAndAnalyze(PageExtractor.standard(), new Analyzer(events.events));
        return Runs.executeUntilSignal("analyze", processor, threads, inputs.sources(stdin), sink, spec,
                showProgress);
    }
}
