package org.newsgraph.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.index.IngestService;
import org.newsgraph.index.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph remove ID|URL... [--data DIR]}: takes articles out of the knowledge base (a takedown, a wrong
 * ingest), from search, stories, copy groups, entity counts, quotes, events and timelines; see
 * {@link IngestService#remove}.
 */
@Command(name = "remove", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Removes articles, given by id or by address (URL), from the knowledge base: from search, their"
                + " stories, copy groups, entity counts, quotes, events and timelines.",
                "An address removes the article and its earlier versions; an input left with no article loses its raw"
                        + " bytes, so reindex does not bring it back. Ingesting the same input again stores it anew."},
        footerHeading = "%nExit codes:%n", footer = "  0  every argument named a stored article%n"
                + "  1  no knowledge base, or an argument named none (the others were removed)")
final class RemoveCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "ID|URL", description = "Article ids (as search and export give them) or"
            + " addresses.")
    List<String> targets;

    @Mixin
    KnowledgeBaseOption knowledgeBase;

    @Mixin
    private StoryHorizonOption horizon;

    @Override
    public Integer call() throws IOException {
        if (!knowledgeBase.holdsBase("remove", spec)) return 1;
        // the session records a version in its commit: the base's own, so that what it remembers (events) stays
        String version = KnowledgeBase.lastStoredVersion(knowledgeBase.data);
        if (version == null) version = PipelineVersion.current();
        List<String> unmatched = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        try (KnowledgeBase kb = KnowledgeBase.open(knowledgeBase.data);
             IngestService store = kb.ingest(version, KnowledgeBase.DEFAULT_BATCH, horizon.params())) {
            for (String target : targets) {
                List<String> ids = store.remove(target);
                if (ids.isEmpty()) unmatched.add(target);
                removed.addAll(ids);
            }
        }
        for (String target : unmatched) {
            spec.commandLine().getErr().println("remove: no article or version with id or address '" + target + "' in "
                    + knowledgeBase.data);
        }
        spec.commandLine().getErr().println("newsgraph: removed " + Counted.of(removed.size(), "record")
                + " from " + knowledgeBase.data + (removed.isEmpty() ? "" : " (" + String.join(", ", removed) + ")"));
        return unmatched.isEmpty() ? 0 : 1;
    }
}
