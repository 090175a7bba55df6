package org.newsgraph.index;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.newsgraph.index.internal.EntityCatalog;
import org.newsgraph.index.internal.Fields;
import org.newsgraph.index.internal.Json;
import org.newsgraph.index.internal.Snapshot;
import org.newsgraph.index.internal.Snapshots;
import org.newsgraph.index.internal.StoredRecords;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.SourceRef;

/**
 * Streams the whole knowledge base out, one record at a time, from one consistent snapshot: articles (JSON Lines:
 * the full analysed article with knowledge-base entity ids; CSV: one row of metadata per article), entities and
 * quotes. Nothing is buffered beyond one record.
 */
public final class Exporter {
    private final Snapshots snapshots;
    private final Connections connections;

    Exporter(Snapshots snapshots, Connections connections) {
        this.snapshots = snapshots;
        this.connections = connections;
    }

    /**
     * The canonical article of the copy group this article is another copy of, or null for a canonical article and
     * one without copies: a row of a copy says so, so that counting rows without {@code copy_of} counts each text
     * once (as the entity pages do).
     */
    private String copyOf(String articleId) {
        return connections.copiesOf(articleId).map(g -> g.canonical().equals(articleId) ? null : g.canonical())
                .orElse(null);
    }

    /** Writes every record of a kind; returns how many. The writer is flushed, not closed. */
    public long export(ExportKind kind, ExportFormat format, Writer out) throws IOException {
        try (Snapshot snap = snapshots.acquire(); RowSink sink = new RowSink(rowType(kind), format, out)) {
            EntityCatalog catalog = snap.catalog();
            switch (kind) {
                case ARTICLES -> forEach(snap, Fields.TYPE_ARTICLE, doc -> {
                    StoredArticle a = StoredRecords.article(doc, catalog);
                    sink.write(format == ExportFormat.JSONL ? a.article()
                            : ArticleRow.of(a, copyOf(a.article().article().id())));
                });
                case QUOTES -> forEach(snap, Fields.TYPE_QUOTE, doc -> {
                    QuoteHit q = StoredRecords.quote(doc, catalog);
                    sink.write(QuoteRow.of(q, copyOf(q.articleId())));
                });
                case ENTITIES -> {
                    for (KbEntity e : catalog.all()) sink.write(e);
                }
            }
            return sink.count;
        }
    }

    /** Visits every stored article (and snippet) of one snapshot, in index order. */
    public void articles(Consumer<StoredArticle> visitor) throws IOException {
        try (Snapshot snap = snapshots.acquire()) {
            EntityCatalog catalog = snap.catalog();
            forEach(snap, Fields.TYPE_ARTICLE, doc -> visitor.accept(StoredRecords.article(doc, catalog)));
        }
    }

    /** Visits every raw input the index records as processed: what a re-processing run iterates over. */
    public void rawInputs(Consumer<RawInput> visitor) throws IOException {
        try (Snapshot snap = snapshots.acquire()) {
            forEach(snap, Fields.TYPE_RAW, doc -> {
                String pageJson = doc.get(Fields.PAGE_JSON);
                StoredPage page = pageJson == null ? new StoredPage(null, null, null)
                        : Json.MAPPER.readValue(pageJson, StoredPage.class);
                visitor.accept(new RawInput(doc.get(Fields.RAW_ID),
                        Json.MAPPER.readValue(doc.get(Fields.SOURCE_JSON), SourceRef.class),
                        doc.get(Fields.PIPELINE_VERSION), doc.getField(Fields.ARTICLE_COUNT).numericValue().intValue(),
                        page.format(), page.charset(), page.hints()));
            });
        }
    }

    private static Class<?> rowType(ExportKind kind) {
        return switch (kind) {
            case ARTICLES -> ArticleRow.class;
            case ENTITIES -> KbEntity.class;
            case QUOTES -> QuoteRow.class;
        };
    }

    interface DocVisitor {
        void visit(Document doc) throws IOException;
    }

    /** Visits every live document of one type in a snapshot, in index order. */
    static void forEach(Snapshot snap, String type, DocVisitor visitor) throws IOException {
        IndexSearcher searcher = snap.searcher();
        Query q = new TermQuery(new Term(Fields.TYPE, type));
        Weight weight = searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) continue;
            Bits live = leaf.reader().getLiveDocs();
            StoredFields stored = leaf.reader().storedFields();
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live == null || live.get(doc)) visitor.visit(stored.document(doc));
            }
        }
    }

    /** One line per record: JSON, or CSV under a header derived from the row type. */
    private static final class RowSink implements AutoCloseable {
        private final ExportFormat format;
        private final Writer out;
        private final SequenceWriter csv;
        long count;

        RowSink(Class<?> rowType, ExportFormat format, Writer out) throws IOException {
            this.format = format;
            this.out = out;
            this.csv = format == ExportFormat.CSV
                    ? Json.CSV.writer(Json.CSV.schemaFor(rowType).withHeader()).writeValues(out) : null;
        }

        void write(Object row) throws IOException {
            if (csv != null) {
                csv.write(row);
            } else {
                out.write(Json.MAPPER.writeValueAsString(row));
                out.write('\n');
            }
            count++;
        }

        @Override
        public void close() throws IOException {
            if (csv != null) csv.close();
            out.flush();
        }
    }

    @JsonPropertyOrder({"id", "kind", "published", "publisher", "language", "title", "url", "authors", "entity_ids",
            "quotes", "raw_sha256", "copy_of"})
    record ArticleRow(String id, String kind, String published, String publisher, String language, String title,
                      String url, List<String> authors, List<String> entityIds, int quotes, String rawSha256,
                      String copyOf) {
        static ArticleRow of(StoredArticle stored, String copyOf) {
            Article a = stored.article().article();
            AnalyzedArticle aa = stored.article();
            return new ArticleRow(a.id(), a.kind().jsonName(), a.published(), a.publisher(), a.language(), a.title(),
                    a.url(), a.authors(), aa.analysis().entities().stream().map(Entity::id).distinct().toList(),
                    aa.analysis().quotes().size(), stored.rawSha256(), copyOf);
        }
    }

    @JsonPropertyOrder({"article_id", "published", "speaker_id", "speaker_name", "cue", "via", "direct", "start",
            "end", "text", "article_title", "copy_of"})
    record QuoteRow(String articleId, String published, String speakerId, String speakerName, String cue, String via,
                    boolean direct, int start, int end, String text, String articleTitle, String copyOf) {
        static QuoteRow of(QuoteHit h, String copyOf) {
            return new QuoteRow(h.articleId(), h.published(), h.speakerId(), h.quote().speakerName(), h.quote().cue(),
                    h.quote().via(), h.quote().direct(), h.quote().start(), h.quote().end(), h.quote().text(),
                    h.articleTitle(), copyOf);
        }
    }
}
