package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.dedup.CopyGroup;
import org.newsgraph.dedup.DedupDocument;
import org.newsgraph.dedup.DedupParams;
import org.newsgraph.dedup.NearDuplicateIndex;
import org.newsgraph.index.Connections;
import org.newsgraph.model.AnalyzedArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newsgraph duplicates}: groups of near-duplicate and syndicated copies among the stored articles. */
@Command(name = "duplicates", mixinStandardHelpOptions = true,
        description = {"Finds near-duplicates and syndicated copies among the stored articles (MinHash with LSH"
                + " banding over word shingles, confirmed by containment, so a copy inside a page with extra"
                + " teasers or another headline is found) and writes one JSON object per group of copies: its"
                + " canonical article (the original publisher where known, else the earliest) and its members."})
final class DuplicatesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private KnowledgeBaseOption knowledgeBase;

    @Override
    public Integer call() throws IOException {
        List<CopyGroup> groups = StoredInPublicationOrder.persistedOr(knowledgeBase.data, Connections::groups,
                articles -> {
                    NearDuplicateIndex index = new NearDuplicateIndex(DedupParams.DEFAULT);
                    for (AnalyzedArticle a : articles) index.add(DedupDocument.of(a.article()));
                    return index.groups();
                }, spec);
        PrintWriter out = spec.commandLine().getOut();
        for (CopyGroup g : groups) out.println(JsonLinesWriter.MAPPER.writeValueAsString(g));
        spec.commandLine().getErr().println("newsgraph: " + groups.size() + " groups of copies");
        return 0;
    }
}
