package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsgraph.index.KnowledgeBase;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.ArticleKind;

/**
 * The knowledge base's articles (not snippets) in publication order, undated ones last, ties by id: the order in
 * which the incremental near-duplicate and story algorithms see them, so the result does not depend on the order
 * of ingestion.
 */
final class StoredInPublicationOrder {

    private StoredInPublicationOrder() {
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
