package org.newsgraph.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.newsgraph.index.internal.ArticleVersions;
import org.newsgraph.index.internal.Fields;
import org.newsgraph.index.internal.Snapshot;
import org.newsgraph.index.internal.StoredRecords;

/** Reads the earlier versions kept of an article (see {@link ArticleVersions}). */
final class VersionHistory {

    private VersionHistory() {
    }

    /**
     * The versions at the address of the article (or version) with this id, other than that record itself, in
     * reverse order of storing: the one most recently replaced first. Their entity ids stay article-local: versions
     * are not in the entity listing. Empty when no article or version has the id.
     */
    static Optional<List<StoredArticle>> of(Snapshot snap, String id) throws IOException {
        IndexSearcher searcher = snap.searcher();
        Document self = first(searcher, both(new TermQuery(Fields.ARTICLES), new TermQuery(new Term(Fields.ARTICLE_ID, id))));
        String url;
        if (self != null) {
            url = StoredRecords.analyzed(self).article().url();
        } else {
            Document version = first(searcher, versionsWith(Fields.VERSION_ID, id));
            if (version == null) return Optional.empty();
            url = ArticleVersions.read(version).article().url();
        }
        if (url == null) return Optional.of(List.of());
        Query q = versionsWith(Fields.URL_KEY, ArticleVersions.key(url));
        int n = searcher.count(q);
        if (n == 0) return Optional.of(List.of());
        List<StoredArticle> out = new ArrayList<>(n);
        for (ScoreDoc sd : searcher.search(q, n, Sort.INDEXORDER).scoreDocs) {
            Document d = searcher.storedFields().document(sd.doc);
            if (d.get(Fields.VERSION_ID).equals(id)) continue;
            out.add(new StoredArticle(ArticleVersions.read(d), d.get(Fields.RAW_SHA256),
                    d.get(Fields.PIPELINE_VERSION)));
        }
        Collections.reverse(out);
        return Optional.of(out);
    }

    private static Document first(IndexSearcher searcher, Query q) throws IOException {
        ScoreDoc[] hits = searcher.search(q, 1).scoreDocs;
        return hits.length == 0 ? null : searcher.storedFields().document(hits[0].doc);
    }

    private static Query both(Query a, Query b) {
        return new BooleanQuery.Builder().add(a, Occur.FILTER).add(b, Occur.FILTER).build();
    }

    private static Query versionsWith(String field, String value) {
        return both(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_VERSION)), new TermQuery(new Term(field, value)));
    }
}
