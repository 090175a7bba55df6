package org.newsgraph.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.newsgraph.index.connect.ConnectPass;
import org.newsgraph.index.internal.Analyzers;
import org.newsgraph.index.internal.ArticleDocuments;
import org.newsgraph.index.internal.Snapshots;
import org.newsgraph.source.IoReasons;
import org.newsgraph.story.StoryParams;

/**
 * A knowledge base in a data directory: {@code raw/} holds the raw inputs (see {@link RawStore}), {@code index/} the
 * Lucene index of articles, entity mentions and quotes, {@code connect/} the story and copy-group state (see
 * {@link ConnectPass}). Open it writable to ingest (one writer per directory; Lucene's
 * lock rejects a second), or read-only to query while another process writes.
 */
public final class KnowledgeBase implements Closeable {
    /** Default inputs per commit: small enough that a crash loses seconds of work, large enough to amortise fsync. */
    public static final int DEFAULT_BATCH = 256;

    /**
     * Default longest time between commits while inputs keep being stored: a kill loses at most this much work
     * however slow the pages are (with events, 256 inputs take over a minute). On the demo (2026-11-24, 2 shared
     * cores) 4 commits took 2.44 s in all, 1.11 s of it connecting the 420 articles, which any schedule pays once per
     * article: about 0.3 s a commit beyond that, 3% of the storing thread's time at this interval, while the workers
     * go on analysing.
     */
    public static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofSeconds(10);

    private final Path dir;
    private final RawStore raw;
    private final Directory directory;
    private final IndexWriter writer;
    private final Snapshots snapshots;
    private final Analyzer analyzer;
    private final FacetsConfig facets = new FacetsConfig();
    private final Connections connections;

    private KnowledgeBase(Path dir, boolean writable) throws IOException {
        this.dir = dir;
        this.analyzer = Analyzers.create();
        Path indexDir = dir.resolve("index");
        if (!writable && !Files.isDirectory(indexDir)) {
            throw new IOException("no knowledge base in " + dir + " (run ingest first)");
        }
        try {
            Files.createDirectories(indexDir);
        } catch (FileSystemException e) {
            throw new IOException("cannot create a knowledge base in " + dir + ": " + IoReasons.reason(e), e);
        }
        this.directory = FSDirectory.open(indexDir);
        if (!writable && !DirectoryReader.indexExists(directory)) {
            directory.close();
            throw new IOException("no knowledge base in " + dir + " (run ingest first)");
        }
        if (writable) {
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64);
            this.writer = openWriter(dir, directory, config);
            if (!DirectoryReader.indexExists(directory)) writer.commit(); // so readers can open an empty base
            this.snapshots = new Snapshots(new SearcherManager(writer, null), facets, false);
        } else {
            this.writer = null;
            this.snapshots = new Snapshots(new SearcherManager(directory, null), facets, true);
        }
        // only the writer, holding the lock, may clear the raw store's leftovers: another's would be a running write
        this.raw = new RawStore(dir.resolve("raw"), writable);
        this.connections = new Connections(dir);
    }

    /** The one writer a directory may have; a second is refused naming the kind of run that holds it. */
    private static IndexWriter openWriter(Path dir, Directory directory, IndexWriterConfig config) throws IOException {
        try {
            return new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IOException("another ingest, reindex or compact is writing to " + dir + " (it holds "
                    + dir.resolve("index").resolve(IndexWriter.WRITE_LOCK_NAME) + "); run this when it has finished",
                    e);
        }
    }

    /** Opens (creating if needed) a knowledge base for ingesting and querying. */
    public static KnowledgeBase open(Path dir) throws IOException {
        return new KnowledgeBase(dir, true);
    }

    /** Opens an existing knowledge base for queries only; it sees new commits of a writer in another process. */
    public static KnowledgeBase openReadOnly(Path dir) throws IOException {
        return new KnowledgeBase(dir, false);
    }

    /**
     * The pipeline version the last commit of the base in {@code dir} was stored by (an ingest or reindex records it,
     * with {@code +events} when it coded events), or null when there is no base there or it does not say.
     */
    public static String lastStoredVersion(Path dir) throws IOException {
        Path indexDir = dir.resolve("index");
        if (!Files.isDirectory(indexDir)) return null;
        try (Directory d = FSDirectory.open(indexDir)) {
            if (!DirectoryReader.indexExists(d)) return null;
            return SegmentInfos.readLatestCommit(d).getUserData().get("pipeline_version");
        }
    }

    public Path dir() {
        return dir;
    }

    public RawStore raw() {
        return raw;
    }

    /**
     * An ingest session committing every {@code batchSize} inputs or {@link #DEFAULT_COMMIT_INTERVAL}, whichever
     * comes first; records carry {@code pipelineVersion}.
     */
    public IngestService ingest(String pipelineVersion, int batchSize) {
        return ingest(pipelineVersion, batchSize, StoryParams.DEFAULT);
    }

    /**
     * An ingest session clustering stories with {@code storyParams} (for instance another {@link
     * StoryParams#coldAfterDays}); when the stories so far were clustered with others, its first commit clusters every
     * article again, in publication order, under these.
     */
    public IngestService ingest(String pipelineVersion, int batchSize, StoryParams storyParams) {
        return ingest(pipelineVersion, batchSize, DEFAULT_COMMIT_INTERVAL, storyParams);
    }

    /** An ingest session committing every {@code batchSize} inputs or {@code maxInterval}, whichever comes first. */
    public IngestService ingest(String pipelineVersion, int batchSize, Duration maxInterval, StoryParams storyParams) {
        if (writer == null) throw new IllegalStateException("knowledge base in " + dir + " was opened read-only");
        return new IngestService(writer, snapshots, raw, new ArticleDocuments(facets),
                new ConnectPass(dir.resolve("connect"), writer, snapshots, storyParams), pipelineVersion, batchSize,
                maxInterval);
    }

    /**
     * Merges the index into one segment and commits it, for a base that is read far more than it is written: a query
     * then looks each term up in one term dictionary instead of in every segment ingest left (Lucene's default merge
     * policy keeps about ten per size tier; a 100,000-article base had 23), and the per-segment work of ranking,
     * highlighting and entity counting is done once. It rewrites the whole index, so it needs free disk space of up to
     * twice the index's size while it runs (Lucene's own bound for a forced merge), and it cost about a tenth of the
     * ingest of a 100,000-article base (27-41 s against about 400; docs/api.md, "Load benchmark");
     * readers of the base keep answering from the segments they opened until they refresh.
     *
     * @return the number of segments before the merge
     */
    public int compact() throws IOException {
        if (writer == null) throw new IllegalStateException("knowledge base in " + dir + " was opened read-only");
        int before;
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            before = reader.leaves().size();
        }
        // Lucene's default policy merges segments in order of size, which would renumber the articles in another
        // order; ties in ranking and the sampled counts follow document order, so answers would change. A log merge
        // policy merges neighbours only: the merged segment keeps the order the base had.
        MergePolicy ingestPolicy = writer.getConfig().getMergePolicy();
        writer.getConfig().setMergePolicy(new LogByteSizeMergePolicy());
        try {
            writer.forceMerge(1);
        } finally {
            writer.getConfig().setMergePolicy(ingestPolicy);
        }
        writer.commit();
        return before;
    }

    /** Stories and copy groups as the last ingest left them. */
    public Connections connections() {
        return connections;
    }

    public Searcher searcher() {
        return new Searcher(snapshots, analyzer);
    }

    public Exporter exporter() {
        return new Exporter(snapshots, connections);
    }

    @Override
    public void close() throws IOException {
        try {
            snapshots.close();
            if (writer != null) writer.close(); // commits what is pending
        } finally {
            directory.close();
        }
    }
}
