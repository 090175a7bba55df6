package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.dedup.CopyGroup;
import org.newsgraph.dedup.DedupDocument;
import org.newsgraph.dedup.DedupParams;
import org.newsgraph.dedup.NearDuplicateIndex;
import org.newsgraph.index.Connections;
import org.newsgraph.index.KnowledgeBase;
import org.newsgraph.index.Searcher;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph duplicates}: groups of near-duplicate and syndicated copies among the stored articles. */
@Command(name = "duplicates", mixinStandardHelpOptions = true,
        description = {"Finds near-duplicates and syndicated copies among the stored articles (MinHash with LSH"
                + " banding over word shingles, confirmed by containment, so a copy inside a page with extra"
                + " teasers or another headline is found) and writes one JSON object per group of copies: its"
                + " canonical article (the original publisher where known, else the earliest), how many copies it"
                + " has, and every member with its title, URL, publisher and date (--format jsonl, the default), or"
                + " a line per group and one per member, the canonical one starred (--format table)."})
final class DuplicatesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private KnowledgeBaseOption knowledgeBase;

    enum Format { jsonl, table }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl (default: one JSON object per group) or table (a line per group and per member).")
    private Format format;

    /** A group of copies as written: the ids alone do not tell a reader which articles they are. */
    record Group(String canonical, int copies, List<Member> members) {
    }

    /** One copy; its fields are null where the article has none (or was removed since the group was made). */
    record Member(String id, String title, String url, String publisher, String published) {
    }

    @Override
    public Integer call() throws IOException {
        List<CopyGroup> groups = StoredInPublicationOrder.persistedOr(knowledgeBase.data, Connections::groups,
                articles -> {
                    NearDuplicateIndex index = new NearDuplicateIndex(DedupParams.DEFAULT);
                    for (AnalyzedArticle a : articles) index.add(DedupDocument.of(a.article()));
                    return index.groups();
                }, spec);
        PrintWriter out = spec.commandLine().getOut();
        try (KnowledgeBase kb = KnowledgeBase.openReadOnly(knowledgeBase.data)) {
            for (CopyGroup g : groups) {
                Group group = described(g, kb.searcher());
                if (format == Format.jsonl) out.println(RecordJson.MAPPER.writeValueAsString(group));
                else printTable(out, group);
            }
        }
        out.flush();
        spec.commandLine().getErr().println("newsgraph: " + Counted.of(groups.size(), "group") + " of copies");
        return 0;
    }

    private static Group described(CopyGroup g, Searcher searcher) {
        List<Member> members = new ArrayList<>(g.members().size());
        for (String id : g.members()) {
            Article a = searcher.article(id).map(s -> s.article().article()).orElse(null);
            members.add(a == null ? new Member(id, null, null, null, null)
                    : new Member(id, a.title(), a.url(), a.publisher(), a.published()));
        }
        return new Group(g.canonical(), g.copies(), members);
    }

    private static void printTable(PrintWriter out, Group g) {
        out.printf("%d %s of %s%n", g.copies(), g.copies() == 1 ? "copy" : "copies", g.canonical());
        for (Member m : g.members()) {
            out.printf("  %s %-10s  %-20s  %s  %s%n", m.id().equals(g.canonical()) ? "*" : " ", orBlank(m.published()),
                    orBlank(m.publisher()), m.title() == null ? "(untitled)" : m.title(),
                    m.url() == null ? m.id() : m.url());
        }
    }

    private static String orBlank(String value) {
        return value == null ? "" : value;
    }
}
