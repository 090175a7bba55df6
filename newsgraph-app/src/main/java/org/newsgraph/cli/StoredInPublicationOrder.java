package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.newsgraph.index.Connections;
import org.newsgraph.index.KnowledgeBase;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.ArticleKind;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The knowledge base's articles (not snippets) in publication order, undated ones last, ties by id: the order in
 * which the incremental near-duplicate and story algorithms see them, so the result does not depend on the order
 * of ingestion.
 */
final class StoredInPublicationOrder {

    private StoredInPublicationOrder() {
    }

    /**
     * What the ingest's connect pass stored, or, for a knowledge base ingested before there was one, {@code compute}
     * over the stored articles in publication order (with a note on stderr: the next ingest or reindex stores it).
     */
    static <T> T persistedOr(Path data, Function<Connections, T> persisted, Function<List<AnalyzedArticle>, T> compute,
                             CommandSpec spec) throws IOException {
        try (KnowledgeBase kb = KnowledgeBase.openReadOnly(data)) {
            if (kb.connections().available()) return persisted.apply(kb.connections());
        }
        spec.commandLine().getErr().println("newsgraph: no stored stories in " + data
                + " yet (ingested by an older version); computing them now, run reindex to store them");
        return compute.apply(read(data));
    }

    static List<AnalyzedArticle> read(Path data) throws IOException {
        List<AnalyzedArticle> articles = new ArrayList<>();
        try (KnowledgeBase kb = KnowledgeBase.openReadOnly(data)) {
            kb.exporter().articles(stored -> {
                if (stored.article().article().kind() == ArticleKind.ARTICLE) articles.add(stored.article());
            });
        }
        articles.sort(Comparator.comparing((AnalyzedArticle a) -> a.article().published(),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(a -> a.article().id()));
        return articles;
    }
}
