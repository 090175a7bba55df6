package org.newsgraph.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph reindex [--data DIR] [--all]}: runs every raw input the knowledge base keeps through the current
 * extraction and analysis again, replacing what older pipeline versions made of it. Resumable like ingest: a killed
 * run keeps what it committed, and a rerun skips the inputs already at the current version.
 */
@Command(name = "reindex", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Re-processes the stored raw inputs with the current pipeline, replacing what older versions"
                + " stored from them.",
                "Resumable: inputs the current version already processed are skipped (unless --all)."},
        footerHeading = "%nExit codes:%n", footer = ExitCodes.FOOTER)
final class ReindexCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    KnowledgeBaseOption knowledgeBase;

    @Mixin
    private ThreadsOption workers;

    @Option(names = "--all", description = "Also re-process inputs the current pipeline version already processed"
            + " (after an upgrade of a dependency such as CoreNLP, which the version does not fingerprint).")
    private boolean all;

    @Mixin
    private BaseEventsOption events;

    @Mixin
    private StoryHorizonOption horizon;

    private final Supplier<String> pipelineVersion;
    private final boolean showProgress;

    ReindexCommand(Supplier<String> pipelineVersion, boolean showProgress) {
        this.pipelineVersion = pipelineVersion;
        this.showProgress = showProgress;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!knowledgeBase.holdsBase("reindex", spec)) return 1;
        IngestRun run = new IngestRun("reindex", pipelineVersion.get(), all, 
                events.codeEvents(knowledgeBase.data, "reindex", spec), horizon.params());
        return run.execute(knowledgeBase.data, workers.threads(),
                (kb, alreadyStored) -> List.of(new RawInputSource(kb, run.storedVersion(), all, alreadyStored)), spec,
                showProgress);
    }
}
