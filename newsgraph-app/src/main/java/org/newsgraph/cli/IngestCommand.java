package org.newsgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.extract.PageExtractor;
import org.newsgraph.index.IngestCounts;
import org.newsgraph.index.IngestService;
import org.newsgraph.index.KnowledgeBase;
import org.newsgraph.index.RawStore;
import org.newsgraph.nlp.Analyzer;
import org.newsgraph.source.PageSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph ingest PATH... [--data DIR]}: extracts and analyses pages on every core and stores them, with
 * their raw input, in the knowledge base. A page whose raw bytes this pipeline version already stored is skipped
 * before any NLP runs, so a rerun after a crash or on the same inputs only does what is missing.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Extracts, analyses and stores pages in the knowledge base (a Lucene index plus the raw"
                + " inputs, content-addressed and compressed).",
                "Idempotent: the same input twice gives one article. Resumable: a killed run keeps what it committed;"
                        + " rerun it to finish."},
        footerHeading = "%nExit codes:%n", footer = ExitCodes.FOOTER)
final class IngestCommand implements Callable<Integer> {

    /** Stored with every input: a newer version re-processes what an older one stored. */
    static final String PIPELINE_VERSION = "newsgraph-0.1.0";

    @Spec
    private CommandSpec spec;

    @Mixin
    private InputOptions inputs;

    @Mixin
    KnowledgeBaseOption knowledgeBase;

    private final InputStream stdin;
    private final boolean showProgress;

    IngestCommand(InputStream stdin, boolean showProgress) {
        this.stdin = stdin;
        this.showProgress = showProgress;
    }

    @Option(names = "--events", description = "Also parse dependencies and code political events (PLOVER/CAMEO),"
            + " for `newsgraph events`; about three times slower.")
    private boolean events;

    @Override
    public Integer call() throws IOException, InterruptedException {
        return ingest(knowledgeBase.data, inputs.threads(), inputs.sources(stdin), events, spec, showProgress);
    }

    /** The ingest run itself, shared with {@code demo}. */
    static int ingest(Path data, int threads, List<PageSource> sources, boolean events, CommandSpec spec,
                      boolean showProgress) throws IOException, InterruptedException {
        try (KnowledgeBase kb = KnowledgeBase.open(data);
             IngestService store = kb.ingest(PIPELINE_VERSION, KnowledgeBase.DEFAULT_BATCH)) {
            // The models load on the first page that needs them: a rerun over stored inputs starts no NLP at all.
            Lazy<PageProcessor> analyze = new Lazy<>(
                    () -> AnalyzeCommand.extractAndAnalyze(PageExtractor.standard(), new Analyzer(events)));
            PageProcessor processor =
                    page -> store.isDone(RawStore.sha256(page.body())) ? null : analyze.get().process(page);
            ResultSink sink = (page, records) -> store.ingest(page.body(), page.source(), records);
            int code = Runs.execute("ingest", new PageRun(processor, threads), sources, sink, spec, showProgress);
            store.commit();
            IngestCounts c = store.counts();
            spec.commandLine().getErr().println(String.format(Locale.ROOT,
                    "newsgraph: stored %d inputs with %d articles in %s (%d commits); %d inputs were already stored",
                    c.inputs(), c.articles(), data, c.commits(), c.skipped()));
            return code;
        }
    }
}
