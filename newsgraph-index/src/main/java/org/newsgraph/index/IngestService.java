package org.newsgraph.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.newsgraph.index.connect.ConnectPass;
import org.newsgraph.index.internal.ArticleDocuments;
import org.newsgraph.index.internal.ArticleVersions;
import org.newsgraph.index.internal.Fields;
import org.newsgraph.index.internal.Json;
import org.newsgraph.index.internal.Snapshot;
import org.newsgraph.index.internal.Snapshots;
import org.newsgraph.index.internal.StoredRecords;
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
    /** Serialises what decides between versions of an article, so that two versions stored at once see each other. */
    private final Object versionLock = new Object();
    /** Version keys (addresses) stored by this session; guarded by {@link #versionLock}. */
    private final Set<String> urlsThisRun = new HashSet<>();
    private final AtomicLong inputs = new AtomicLong();
    private final AtomicLong articles = new AtomicLong();
    private final AtomicLong snippets = new AtomicLong();
    private final AtomicLong commits = new AtomicLong();
    private final AtomicLong commitNanos = new AtomicLong();
    private final AtomicLong sinceCommit = new AtomicLong();
    private final AtomicLong versionsReplaced = new AtomicLong();
    private final AtomicLong versionsKept = new AtomicLong();

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
        // articles of this input a user removed stay removed when it is processed again
        Set<String> removedIds = removedIds(sha);
        List<AnalyzedArticle> kept = removedIds.isEmpty() ? records
                : records.stream().filter(r -> !removedIds.contains(r.article().id())).toList();
        List<List<Document>> blocks = new ArrayList<>(kept.size());
        for (AnalyzedArticle a : kept) blocks.add(documents.build(a, sha, pipelineVersion));
        List<String> previous = previousArticles(sha);
        Set<String> replacedBefore = replacedVersions(sha);
        commitLock.readLock().lock();
        try {
            synchronized (versionLock) {
                // what an older pipeline made of this input goes; ids it shares with the new output are replaced anyway
                for (String id : previous) writer.deleteDocuments(new Term(Fields.ARTICLE_ID, id));
                writer.deleteDocuments(versionsOf(sha));
                for (int i = 0; i < kept.size(); i++) {
                    AnalyzedArticle record = kept.get(i);
                    String liveId = placeAmongVersions(record, previous, replacedBefore);
                    if (liveId != null) {
                        writer.addDocument(ArticleVersions.history(record, sha, pipelineVersion, liveId));
                        versionsKept.incrementAndGet();
                    } else {
                        writer.updateDocuments(new Term(Fields.ARTICLE_ID, record.article().id()), blocks.get(i));
                    }
                }
                // an input whose analysis failed is kept but not marked done, so the next run tries it again
                boolean done = records.stream().noneMatch(r -> r.analysis().failure().isPresent());
                writer.updateDocument(new Term(Fields.RAW_ID, sha), rawDocument(sha,
                        Json.MAPPER.writeValueAsString(source),
                        page == null ? null : Json.MAPPER.writeValueAsString(page), records.size(),
                        pipelineVersion, done, removedIds));
                if (done) doneThisRun.add(sha);
            }
        } finally {
            commitLock.readLock().unlock();
        }
        inputs.incrementAndGet();
        long teasers = kept.stream().filter(r -> r.article().kind() == ArticleKind.SNIPPET).count();
        snippets.addAndGet(teasers);
        articles.addAndGet(kept.size() - teasers);
        if (sinceCommit.incrementAndGet() >= batchSize || System.nanoTime() - lastCommitNanos >= maxIntervalNanos) {
            commit();
        }
        return true;
    }

    /**
     * Settles a record among the other versions of its article (see {@link ArticleVersions}): when a stored live
     * article is an older version, it becomes history and null is returned (the record goes live); when a stored one
     * is newer, its id is returned and the record is kept as history of it. Called under {@link #versionLock}.
     *
     * @param leaving        the articles of the record's own input, about to be replaced: no versions of it
     * @param replacedBefore ids this input stored as earlier versions before (it is processed again): where the
     *                       dates decide nothing, such a record stays an earlier version, so that a reindex, which
     *                       reads the inputs in another order than they were first stored, keeps the same one live
     */
    private String placeAmongVersions(AnalyzedArticle record, List<String> leaving, Set<String> replacedBefore)
            throws IOException {
        var article = record.article();
        if (article.url() == null || article.kind() != ArticleKind.ARTICLE) return null;
        String key = ArticleVersions.key(article.url());
        // a version stored earlier in this session may not be in the snapshot yet
        if (!urlsThisRun.add(key)) snapshots.refresh();
        List<Stored> replaced = new ArrayList<>();
        try (Snapshot snap = snapshots.acquire()) {
            Query q = new BooleanQuery.Builder().add(new TermQuery(Fields.ARTICLES), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.URL_KEY, key)), BooleanClause.Occur.FILTER).build();
            for (ScoreDoc sd : snap.searcher().search(q, 100).scoreDocs) {
                Document d = snap.searcher().storedFields().document(sd.doc);
                String id = d.get(Fields.ARTICLE_ID);
                if (leaving.contains(id)) continue;
                AnalyzedArticle stored = StoredRecords.analyzed(d);
                if (!ArticleVersions.areVersions(article, stored.article())) continue;
                int byDate = ArticleVersions.compareDates(article, stored.article());
                boolean newer = byDate != 0 ? byDate > 0 : !replacedBefore.contains(article.id());
                if (!newer) return id;
                replaced.add(new Stored(stored, d.get(Fields.RAW_SHA256), d.get(Fields.PIPELINE_VERSION)));
            }
        }
        for (Stored old : replaced) {
            writer.deleteDocuments(new Term(Fields.ARTICLE_ID, old.analyzed().article().id()));
            writer.addDocument(ArticleVersions.history(old.analyzed(), old.rawSha256(), old.pipelineVersion(),
                    article.id()));
            versionsReplaced.incrementAndGet();
        }
        return null;
    }

    private record Stored(AnalyzedArticle analyzed, String rawSha256, String pipelineVersion) {
    }

    private static Query versionsOf(String rawSha256) {
        return versionsWith(Fields.RAW_SHA256, rawSha256);
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
                connect.placed(), connect.nanos(), versionsReplaced.get(), versionsKept.get());
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

    /**
     * The raw marker document of an input stored by {@code version}; {@code done} marks it processed by that version
     * and by the version it extends (not when it is to be tried again).
     */
    private static Document rawDocument(String sha, String sourceJson, String pageJson, int articleCount,
                                        String version, boolean done, Set<String> removedIds) {
        Document d = new Document();
        d.add(new StringField(Fields.TYPE, Fields.TYPE_RAW, Field.Store.NO));
        d.add(new StringField(Fields.RAW_ID, sha, Field.Store.YES));
        if (done) {
            d.add(new StringField(Fields.PROCESSED_KEY, processedKey(sha, version), Field.Store.NO));
            int addition = version.indexOf('+');
            if (addition > 0) {
                d.add(new StringField(Fields.PROCESSED_KEY, processedKey(sha, version.substring(0, addition)),
                        Field.Store.NO));
            }
        }
        d.add(new StoredField(Fields.PIPELINE_VERSION, version));
        d.add(new StoredField(Fields.SOURCE_JSON, sourceJson));
        if (pageJson != null) d.add(new StoredField(Fields.PAGE_JSON, pageJson));
        d.add(new StoredField(Fields.ARTICLE_COUNT, articleCount));
        for (String id : removedIds) d.add(new StringField(Fields.REMOVED_ID, id, Field.Store.YES));
        return d;
    }

    /** Ids of the articles an earlier pipeline version stored from this input (usually none: a new input). */
    private List<String> previousArticles(String sha) throws IOException {
        try (Snapshot snap = snapshots.acquire()) {
            return storedIds(snap.searcher(), new BooleanQuery.Builder()
                    .add(new TermQuery(Fields.ARTICLES), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.RAW_SHA256, sha)), BooleanClause.Occur.FILTER).build(),
                    Fields.ARTICLE_ID);
        }
    }

    /** The ids of the earlier versions this input's articles were kept as. */
    private Set<String> replacedVersions(String sha) throws IOException {
        try (Snapshot snap = snapshots.acquire()) {
            return new HashSet<>(storedIds(snap.searcher(), versionsOf(sha), Fields.VERSION_ID));
        }
    }

    /** The ids of articles a user removed from this input: {@link #remove}. */
    private Set<String> removedIds(String sha) throws IOException {
        try (Snapshot snap = snapshots.acquire()) {
            Set<String> ids = new HashSet<>();
            for (Document raw : documents(snap.searcher(), new TermQuery(new Term(Fields.RAW_ID, sha)))) {
                ids.addAll(List.of(raw.getValues(Fields.REMOVED_ID)));
            }
            return ids;
        }
    }

    /**
     * Removes an article, given its id or its address, from the knowledge base: from search, its story, its copy
     * group, the entity counts, quotes, events and timelines (the next commit's connect pass takes it out of the
     * stories and groups, as it does for any article that left the index). A live article goes with the earlier
     * versions at its address (what is taken down is the page), a version's id removes that version only. An input
     * left with no article loses its raw bytes too, so that no reindex brings it back; an input that still holds
     * other articles records the removed ids, which processing it again leaves out. Ingesting the same bytes again
     * stores them anew. Commits before returning.
     *
     * @return the ids removed (live articles and versions); empty when nothing matched
     */
    public List<String> remove(String idOrUrl) throws IOException {
        List<String> removed = new ArrayList<>();
        Set<String> emptied = new LinkedHashSet<>();
        commitLock.readLock().lock();
        try {
            synchronized (versionLock) {
                snapshots.refresh();
                try (Snapshot snap = snapshots.acquire()) {
                    IndexSearcher searcher = snap.searcher();
                    List<Document> live = documents(searcher, both(new TermQuery(Fields.ARTICLES),
                            new TermQuery(new Term(Fields.ARTICLE_ID, idOrUrl))));
                    List<Document> versions = documents(searcher, versionsWith(Fields.VERSION_ID, idOrUrl));
                    if (live.isEmpty() && versions.isEmpty()) {
                        String key = ArticleVersions.key(idOrUrl);
                        live = documents(searcher, both(new TermQuery(Fields.ARTICLES),
                                new TermQuery(new Term(Fields.URL_KEY, key))));
                        versions = documents(searcher, versionsWith(Fields.URL_KEY, key));
                        if (live.isEmpty()) live = byStoredAddress(searcher, key);
                    } else if (!live.isEmpty()) {
                        String url = StoredRecords.analyzed(live.get(0)).article().url();
                        if (url != null) {
                            versions = documents(searcher, versionsWith(Fields.URL_KEY, ArticleVersions.key(url)));
                        }
                    }
                    Map<String, Set<String>> byInput = new LinkedHashMap<>();
                    for (Document d : live) {
                        String id = d.get(Fields.ARTICLE_ID);
                        writer.deleteDocuments(new Term(Fields.ARTICLE_ID, id));
                        byInput.computeIfAbsent(d.get(Fields.RAW_SHA256), k -> new HashSet<>()).add(id);
                        removed.add(id);
                    }
                    for (Document d : versions) {
                        String id = d.get(Fields.VERSION_ID);
                        writer.deleteDocuments(versionsWith(Fields.VERSION_ID, id));
                        byInput.computeIfAbsent(d.get(Fields.RAW_SHA256), k -> new HashSet<>()).add(id);
                        removed.add(id);
                    }
                    for (Map.Entry<String, Set<String>> input : byInput.entrySet()) {
                        if (forget(searcher, input.getKey(), input.getValue())) emptied.add(input.getKey());
                    }
                }
            }
            if (!removed.isEmpty()) sinceCommit.incrementAndGet();
        } finally {
            commitLock.readLock().unlock();
        }
        commit();
        // only once the index no longer names them: a crash before leaves bytes a reindex reads again, not a hole
        for (String sha : emptied) raw.delete(sha);
        return removed;
    }

    /**
     * Records that these articles of an input were removed; returns true when the input holds no other article or
     * version, in which case its marker goes (and the caller deletes its bytes).
     */
    private boolean forget(IndexSearcher searcher, String sha, Set<String> ids) throws IOException {
        Set<String> others = new HashSet<>(storedIds(searcher, both(new TermQuery(Fields.ARTICLES),
                new TermQuery(new Term(Fields.RAW_SHA256, sha))), Fields.ARTICLE_ID));
        others.addAll(storedIds(searcher, versionsWith(Fields.RAW_SHA256, sha), Fields.VERSION_ID));
        others.removeAll(ids);
        if (others.isEmpty()) {
            writer.deleteDocuments(new Term(Fields.RAW_ID, sha));
            return true;
        }
        for (Document marker : documents(searcher, new TermQuery(new Term(Fields.RAW_ID, sha)))) {
            String version = marker.get(Fields.PIPELINE_VERSION);
            boolean done = searcher.count(new TermQuery(new Term(Fields.PROCESSED_KEY, processedKey(sha, version)))) > 0;
            Set<String> removedIds = new LinkedHashSet<>(List.of(marker.getValues(Fields.REMOVED_ID)));
            removedIds.addAll(ids);
            writer.updateDocument(new Term(Fields.RAW_ID, sha), rawDocument(sha, marker.get(Fields.SOURCE_JSON),
                    marker.get(Fields.PAGE_JSON), marker.getField(Fields.ARTICLE_COUNT).numericValue().intValue(),
                    version, done, removedIds));
        }
        return false;
    }

    /**
     * The articles whose stored address has this key, read one by one: articles stored before the address was
     * indexed (2026-11-25) have none to look up, and a removal is rare enough to afford the walk (for an address
     * the base does not hold, the walk reads every article).
     */
    private static List<Document> byStoredAddress(IndexSearcher searcher, String key) throws IOException {
        List<Document> out = new ArrayList<>();
        for (Document d : documents(searcher, new TermQuery(Fields.ARTICLES))) {
            String url = Json.MAPPER.readTree(d.get(Fields.ARTICLE_JSON)).path("url").asText(null);
            if (url != null && ArticleVersions.key(url).equals(key)) out.add(d);
        }
        return out;
    }

    private static Query both(Query a, Query b) {
        return new BooleanQuery.Builder().add(a, BooleanClause.Occur.FILTER).add(b, BooleanClause.Occur.FILTER).build();
    }

    private static Query versionsWith(String field, String value) {
        return both(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_VERSION)), new TermQuery(new Term(field, value)));
    }

    private static List<Document> documents(IndexSearcher searcher, Query q) throws IOException {
        int n = searcher.count(q);
        if (n == 0) return List.of();
        List<Document> out = new ArrayList<>(n);
        for (ScoreDoc sd : searcher.search(q, n).scoreDocs) out.add(searcher.storedFields().document(sd.doc));
        return out;
    }

    private static List<String> storedIds(IndexSearcher searcher, Query q, String field) throws IOException {
        List<String> ids = new ArrayList<>();
        for (Document d : documents(searcher, q)) ids.add(d.get(field));
        return ids;
    }

    private static String processedKey(String sha, String version) {
        return sha + '@' + version;
    }
}
