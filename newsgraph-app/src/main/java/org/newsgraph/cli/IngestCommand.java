package org.newsgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.newsgraph.source.PageSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

    @Spec
    private CommandSpec spec;

    @Mixin
    private InputOptions inputs;

    @Mixin
    KnowledgeBaseOption knowledgeBase;

    private final Supplier<String> pipelineVersion;
    private final InputStream stdin;
    private final boolean showProgress;

    /**
     * @param pipelineVersion what the stored records carry: {@link PipelineVersion#current()} but in tests; asked
     *                        only when the command runs, since finding it lists the jar
     */
    IngestCommand(Supplier<String> pipelineVersion, InputStream stdin, boolean showProgress) {
        this.pipelineVersion = pipelineVersion;
        this.stdin = stdin;
        this.showProgress = showProgress;
    }

    @Mixin
    private BaseEventsOption events;

    @Mixin
    private StoryHorizonOption horizon;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (inputs.noneExists(spec.commandLine().getErr())) {
            spec.commandLine().getErr().println("ingest: none of the inputs exists; nothing stored, "
                    + knowledgeBase.data + " neither created nor changed");
            return 1;
        }
        List<PageSource> sources = inputs.sources(stdin);
        IngestRun run = new IngestRun("ingest", pipelineVersion.get(), false, 
                events.codeEvents(knowledgeBase.data, "ingest", spec), horizon.params());
        return run.execute(knowledgeBase.data, inputs.threads(), (kb, alreadyStored) -> sources, spec, showProgress);
    }
}
