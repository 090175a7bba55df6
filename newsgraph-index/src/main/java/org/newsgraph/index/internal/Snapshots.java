package org.newsgraph.index.internal;

import java.io.Closeable;
import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.newsgraph.index.CacheStats;

/**
 * Hands out {@link Snapshot}s. A reader opened on the directory alone (another process may write) is checked for
 * new commits at most once a second.
 */
public final class Snapshots implements Closeable {
    private static final long RECHECK_NANOS = 1_000_000_000L;

    private final SearcherManager manager;
    private final FacetsConfig facetsConfig;
    private final boolean pollCommits;
    private final EntityAggregates.Counters aggregateCounters = new EntityAggregates.Counters();
    private final CopyValues copyValues = new CopyValues();
    private final DenseValues denseValues = new DenseValues();
    private volatile Derived derived;
    private volatile long lastCheck = System.nanoTime();

    public Snapshots(SearcherManager manager, FacetsConfig facetsConfig, boolean pollCommits) {
        this.manager = manager;
        this.facetsConfig = facetsConfig;
        this.pollCommits = pollCommits;
    }

    public Snapshot acquire() throws IOException {
        if (pollCommits && System.nanoTime() - lastCheck > RECHECK_NANOS) {
            lastCheck = System.nanoTime();
            manager.maybeRefresh();
        }
        IndexSearcher searcher = manager.acquire();
        return new Snapshot(searcher, derivedFor(searcher.getIndexReader()), manager);
    }

    /** Makes everything committed or added so far visible to the next snapshot. */
    public void refresh() throws IOException {
        manager.maybeRefreshBlocking();
    }

    private Derived derivedFor(IndexReader reader) {
        Derived d = derived;
        if (d != null && d.reader == reader) return d;
        synchronized (this) {
            d = derived;
            if (d == null || d.reader != reader) {
                derived = d = new Derived(reader, facetsConfig, new EntityAggregates(aggregateCounters), copyValues,
                        denseValues);
            }
            return d;
        }
    }

    /** How often entity pages were answered from the per-snapshot cache. */
    public CacheStats aggregateStats() {
        return aggregateCounters.stats();
    }

    @Override
    public void close() throws IOException {
        manager.close();
    }

    /** What one reader's queries share; catalog and facets are built on first use, since ingest needs neither. */
    static final class Derived {
        private final IndexReader reader;
        private final FacetsConfig facetsConfig;
        private final EntityAggregates aggregates;
        private final CopyValues copyValues;
        private final DenseValues denseValues;
        private EntityCatalog catalog;
        private IndexSearcher denseSearcher;
        private SortedSetDocValuesReaderState facets;
        private boolean facetsBuilt;

        Derived(IndexReader reader, FacetsConfig facetsConfig, EntityAggregates aggregates, CopyValues copyValues,
                DenseValues denseValues) {
            this.reader = reader;
            this.copyValues = copyValues;
            this.denseValues = denseValues;
            this.facetsConfig = facetsConfig;
            this.aggregates = aggregates;
        }

        EntityAggregates aggregates() {
            return aggregates;
        }

        synchronized EntityCatalog catalog() throws IOException {
            if (catalog == null) catalog = EntityCatalog.build(reader, copyValues);
            return catalog;
        }

        /** A searcher over the same documents with norms and counted ordinals in arrays ({@link DenseValues}). */
        synchronized IndexSearcher denseSearcher() throws IOException {
            if (denseSearcher == null) {
                denseSearcher = new IndexSearcher(reader instanceof DirectoryReader d ? denseValues.wrap(d) : reader);
            }
            return denseSearcher;
        }

        /** Over the dense searcher's reader: facets are counted on hits of its searches (Lucene checks the reader). */
        synchronized SortedSetDocValuesReaderState facets() throws IOException {
            if (!facetsBuilt) {
                IndexReader dense = denseSearcher().getIndexReader();
                facets = hasFacets(dense) ? new DefaultSortedSetDocValuesReaderState(dense, facetsConfig) : null;
                facetsBuilt = true;
            }
            return facets;
        }

        private static boolean hasFacets(IndexReader reader) {
            for (LeafReaderContext leaf : reader.leaves()) {
                if (leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null) return true;
            }
            return false;
        }
    }
}
