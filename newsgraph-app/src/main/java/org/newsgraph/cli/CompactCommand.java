package org.newsgraph.cli;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.index.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph compact [--data DIR]}: merges the knowledge base's index into one segment, a step for bases that
 * are served far more than they are ingested into (see {@link KnowledgeBase#compact()}). Ingest never does it itself:
 * on a base that keeps growing, rewriting the whole index after every run would cost more than it saves.
 */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Merges the knowledge base's index into one segment, so that searches and entity pages of a"
                + " base served more than it is ingested into cost less.",
                "Rewrites the whole index (needs free disk space up to twice its size); run it when no ingest is running."})
final class CompactCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private KnowledgeBaseOption knowledgeBase;

    @Override
    public Integer call() throws IOException {
        if (!knowledgeBase.holdsBase("compact", spec)) return 1;
        long start = System.nanoTime();
        try (KnowledgeBase kb = KnowledgeBase.open(knowledgeBase.data)) {
            int before = kb.compact();
            spec.commandLine().getErr().println(String.format(Locale.ROOT,
                    "newsgraph: merged %s of %s into one in %.1f s", Counted.of(before, "segment"),
                    knowledgeBase.data, (System.nanoTime() - start) / 1e9));
        }
        return 0;
    }
}
