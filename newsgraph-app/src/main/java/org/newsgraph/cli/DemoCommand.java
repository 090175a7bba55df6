package org.newsgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.source.PageSource;
import org.newsgraph.source.SourceOptions;
import org.newsgraph.source.Sources;
import org.newsgraph.story.StoryParams;
import org.newsgraph.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph demo}: ingests the corpus bundled with newsgraph (411 Wikinews articles, CC BY 2.5, and the
 * sample pages) into a knowledge base, then serves it. Inputs already stored are skipped before any NLP runs, so
 * later runs start serving at once.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Ingests the bundled demo corpus (demo/ and samples/ of the newsgraph folder) and serves the"
                + " web page; prints its URL. The first run analyses everything; later runs reuse the index."})
final class DemoCommand implements Callable<Integer> {

    /** Set by bin/newsgraph to the project folder, where demo/ and samples/ live. */
    static final String HOME_PROPERTY = "newsgraph.home";

    @Spec
    private CommandSpec spec;

    @Mixin
    KnowledgeBaseOption knowledgeBase;

    @Mixin
    ListenOptions listen;

    @Option(names = "--no-serve", description = "Only ingest; do not start the server.")
    private boolean noServe;

    /**
     * Off by default: coding events costs about 2.2 times the CPU time of the plain demo (docs/api.md, "Events in the demo"), which leaves little
     * margin under the three minutes a first run may take on two cores. On a base a plain demo built, the stored
     * inputs are analysed again with events.
     */
    @Mixin
    private EventsOption events;

    private final InputStream stdin;
    private final boolean showProgress;

    DemoCommand(InputStream stdin, boolean showProgress) {
        this.stdin = stdin;
        this.showProgress = showProgress;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty(HOME_PROPERTY, "."));
        List<PageSource> sources = new ArrayList<>();
        for (String folder : List.of("demo", "samples")) {
            Path dir = home.resolve(folder);
            if (!Files.isDirectory(dir)) {
                spec.commandLine().getErr().println("demo: " + dir + " not found; run from the newsgraph folder or"
                        + " through bin/newsgraph");
                return 2;
            }
            sources.add(MeasuredSource.of(Sources.open(dir.toString(), SourceOptions.DEFAULT, stdin), dir));
        }
        int ingested = new IngestRun("ingest", PipelineVersion.current(), false, events.events, StoryParams.DEFAULT)
                .execute(knowledgeBase.data,
                Runtime.getRuntime().availableProcessors(), (kb, alreadyStored) -> sources, spec, showProgress);
        if (noServe || ingested == IngestRun.INTERRUPTED) return ingested;
        return ServeCommand.serve(knowledgeBase.data, listen.host, listen.port, WebServer.DEFAULT_MAX_WAIT,
                spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }
}
