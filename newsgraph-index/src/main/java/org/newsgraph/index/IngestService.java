package org.newsgraph.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.newsgraph.index.connect.ConnectPass;
import org.newsgraph.index.internal.ArticleDocuments;
import org.newsgraph.index.internal.Fields;
import org.newsgraph.index.internal.Json;
import org.newsgraph.index.internal.Snapshot;
import org.newsgraph.index.internal.Snapshots;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.ArticleKind;
import org.newsgraph.model.RawPage;
import org.newsgraph.model.SourceRef;

/**
 * Stores analysed articles with the raw input they came from. Thread-safe: callers may ingest from several threads.
 *
 * <p>Idempotent: an article replaces any earlier one with its id, and the articles of a raw input replace what that
 * input produced before. Resumable: every {@code batchSize} inputs, or as soon as an input is stored {@code
 * maxInterval} after the last commit, a commit makes them durable (so a slow run loses little too), and a raw input is
 * marked done in the same commit as its articles, so after a crash {@link #isDone(String)} tells a rerun exactly
 * which inputs to skip. A commit never falls inside one input's updates (they hold a shared lock, commits an
 * exclusive one), so no input is ever half committed.
 */
public final class IngestService implements AutoCloseable {
    private final IndexWriter writer;
    private final Snapshots snapshots;
    private final RawStore raw;
    private final ArticleDocuments documents;
    private final ConnectPass connect;
    private boolean reconciled;
    private final String pipelineVersion;
    private final int batchSize;
    private final long maxIntervalNanos;
    private volatile long lastCommitNanos = System.nanoTime();
    private final ReadWriteLock commitLock = new ReentrantReadWriteLock();
    private final Set<String> doneThisRun = ConcurrentHashMap.newKeySet();
    private final AtomicLong inputs = new AtomicLong();
    private final AtomicLong articles = new AtomicLong();
    private final AtomicLong snippets = new AtomicLong();
    private final AtomicLong commits = new AtomicLong();
    private final AtomicLong commitNanos = new AtomicLong();
    private final AtomicLong sinceCommit = new AtomicLong();

    IngestService(IndexWriter writer, Snapshots snapshots, RawStore raw, ArticleDocuments documents,
                  ConnectPass connect, String pipelineVersion, int batchSize, Duration maxInterval) {
        if (batchSize < 1) throw new IllegalArgumentException("batchSize must be positive, not " + batchSize);
        if (maxInterval.isNegative()) throw new IllegalArgumentException("negative commit interval " + maxInterval);
        this.writer = writer;
        this.snapshots = snapshots;
        this.raw = raw;
        this.documents = documents;
        this.connect = connect;
        this.pipelineVersion = Objects.requireNonNull(pipelineVersion, "pipelineVersion");
        this.batchSize = batchSize;
        this.maxIntervalNanos = maxInterval.toNanos();
    }

    /**
     * Whether what {@code storedVersion} made of an input is all that {@code version} would make of it: the same
     * version, or the same with an addition ({@code newsgraph-0.1.0+events} covers {@code newsgraph-0.1.0}, not the
     * other way round), so a plain run keeps the events an earlier run coded and an events run codes them where an
     * earlier run did not.
     */
    public static boolean covers(String storedVersion, String version) {
        return storedVersion != null && (storedVersion.equals(version) || storedVersion.startsWith(version + "+"));
    }

    /**
     * True when this raw input was stored by this pipeline version, or by one that {@linkplain #covers covers} it,
     * in a commit or earlier in this run.
     */
    public boolean isDone(String rawSha256) {
        if (doneThisRun.contains(rawSha256)) return true;
        try (Snapshot snap = snapshots.acquire()) {
            Term done = new Term(Fields.PROCESSED_KEY, processedKey(rawSha256, pipelineVersion));
            return snap.searcher().count(new TermQuery(done)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stores one raw page and every record extracted from it (none, when it held nothing usable), with what it
     * takes to read the page again: its format, charset and hints.
     *
     * @return false when this pipeline version had already stored the same raw bytes, so nothing was stored
     */
    public boolean ingest(RawPage page, List<AnalyzedArticle> records) throws IOException {
        return store(page.body(), page.source(), StoredPage.of(page), records, false);
    }

    /**
     * Like {@link #ingest(RawPage, List)}, but replaces what this very pipeline version stored from the page
     * before: for re-running one version over everything (after a fix that did not change the version).
     */
    public boolean reprocess(RawPage page, List<AnalyzedArticle> records) throws IOException {
        return store(page.body(), page.source(), StoredPage.of(page), records, true);
    }

    /**
     * Stores one raw input and every record extracted from it (none, when it held nothing usable). Its format and
     * hints are not recorded, so re-processing has to sniff the format and works without hints.
     */
    public boolean ingest(byte[] rawBytes, SourceRef source, List<AnalyzedArticle> records) throws IOException {
        return store(rawBytes, source, null, records, false);
    }

    private boolean store(byte[] rawBytes, SourceRef source, StoredPage page, List<AnalyzedArticle> records,
                          boolean evenIfDone) throws IOException {
        String sha = raw.put(rawBytes);
        if (!evenIfDone && isDone(sha)) {
            return false;
        }
        List<List<Document>> blocks = new ArrayList<>(records.size());
        for (AnalyzedArticle a : records) blocks.add(documents.build(a, sha, pipelineVersion));
        List<String> previous = previousArticles(sha);
        commitLock.readLock().lock();
        try {
            // what an older pipeline made of this input goes; ids it shares with the new output are replaced anyway
            for (String id : previous) writer.deleteDocuments(new Term(Fields.ARTICLE_ID, id));
            for (int i = 0; i < records.size(); i++) {
                writer.updateDocuments(new Term(Fields.ARTICLE_ID, records.get(i).article().id()), blocks.get(i));
            }
            // an input whose analysis failed is kept but not marked done, so the next run tries it again
            boolean done = records.stream().noneMatch(r -> r.analysis().failure().isPresent());
            writer.updateDocument(new Term(Fields.RAW_ID, sha),
                    rawDocument(sha, source, page, records.size(), done));
            if (done) doneThisRun.add(sha);
        } finally {
            commitLock.readLock().unlock();
        }
        inputs.incrementAndGet();
        long teasers = records.stream().filter(r -> r.article().kind() == ArticleKind.SNIPPET).count();
        snippets.addAndGet(teasers);
        articles.addAndGet(records.size() - teasers);
        if (sinceCommit.incrementAndGet() >= batchSize || System.nanoTime() - lastCommitNanos >= maxIntervalNanos) {
            commit();
        }
        return true;
    }

    /** Stores one article with the raw input it was extracted from. */
    public boolean ingest(AnalyzedArticle article, byte[] rawBytes, SourceRef source) throws IOException {
        return ingest(rawBytes, source, List.of(article));
    }

    /**
     * Makes everything ingested so far durable and visible to searches, then connects the new articles to their
     * copies and stories (also on the first call of a session when nothing is new: a killed run may have left
     * articles unconnected).
     */
    public void commit() throws IOException {
        commitLock.writeLock().lock();
        long start = System.nanoTime();
        try {
            boolean changed = sinceCommit.getAndSet(0) > 0 || writer.hasUncommittedChanges();
            if (changed) {
                writer.setLiveCommitData(Map.of("pipeline_version", pipelineVersion).entrySet());
                writer.commit();
                commits.incrementAndGet();
            }
            if (changed || !reconciled) {
                if (connect.run() > 0) writer.commit();
                connect.publish();
                reconciled = true;
            }
            snapshots.refresh();
        } finally {
            lastCommitNanos = System.nanoTime();
            commitNanos.addAndGet(lastCommitNanos - start);
            commitLock.writeLock().unlock();
        }
    }

    public IngestCounts counts() {
        return new IngestCounts(inputs.get(), articles.get(), snippets.get(), commits.get(), commitNanos.get(),
                connect.placed(), connect.nanos());
    }

    /** Commits what is pending, then snapshots the connect state so the next session need not replay its journal. */
    @Override
    public void close() throws IOException {
        commit();
        commitLock.writeLock().lock();
        try {
            connect.checkpoint();
        } finally {
            commitLock.writeLock().unlock();
        }
    }

    private Document rawDocument(String sha, SourceRef source, StoredPage page, int articleCount, boolean done)
            throws IOException {
        Document d = new Document();
        d.add(new StringField(Fields.TYPE, Fields.TYPE_RAW, Field.Store.NO));
        d.add(new StringField(Fields.RAW_ID, sha, Field.Store.YES));
        if (done) {
            d.add(new StringField(Fields.PROCESSED_KEY, processedKey(sha, pipelineVersion), Field.Store.NO));
            int addition = pipelineVersion.indexOf('+');
            if (addition > 0) {
                d.add(new StringField(Fields.PROCESSED_KEY, processedKey(sha, pipelineVersion.substring(0, addition)),
                        Field.Store.NO));
            }
        }
        d.add(new StoredField(Fields.PIPELINE_VERSION, pipelineVersion));
        d.add(new StoredField(Fields.SOURCE_JSON, Json.MAPPER.writeValueAsString(source)));
        if (page != null) d.add(new StoredField(Fields.PAGE_JSON, Json.MAPPER.writeValueAsString(page)));
        d.add(new StoredField(Fields.ARTICLE_COUNT, articleCount));
        return d;
    }

    /** Ids of the articles an earlier pipeline version stored from this input (usually none: a new input). */
    private List<String> previousArticles(String sha) throws IOException {
        try (Snapshot snap = snapshots.acquire()) {
            TermQuery q = new TermQuery(new Term(Fields.RAW_SHA256, sha));
            int n = snap.searcher().count(q);
            if (n == 0) return List.of();
            TopDocs top = snap.searcher().search(q, n);
            List<String> ids = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                ids.add(snap.searcher().storedFields().document(sd.doc, Set.of(Fields.ARTICLE_ID)).get(Fields.ARTICLE_ID));
            }
            return ids;
        }
    }

    private static String processedKey(String sha, String version) {
        return sha + '@' + version;
    }
}
