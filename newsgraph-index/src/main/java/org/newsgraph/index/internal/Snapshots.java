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
    private final DenseNorms denseNorms = new DenseNorms();
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
                        denseNorms);
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
        private final DenseNorms denseNorms;
        private EntityCatalog catalog;
        private ContentClasses classes;
        private MemberOrdinals memberOrdinals;
        private boolean memberOrdinalsBuilt;
        private IndexSearcher rankingSearcher;
        private SortedSetDocValuesReaderState facets;
        private boolean facetsBuilt;

        Derived(IndexReader reader, FacetsConfig facetsConfig, EntityAggregates aggregates, CopyValues copyValues,
                DenseNorms denseNorms) {
            this.reader = reader;
            this.copyValues = copyValues;
            this.denseNorms = denseNorms;
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

        synchronized ContentClasses classes() throws IOException {
            if (classes == null) classes = ContentClasses.build(reader, catalog().copies());
            return classes;
        }

        synchronized MemberOrdinals memberOrdinals() throws IOException {
            if (!memberOrdinalsBuilt) {
                SortedSetDocValuesReaderState state = facets();
                memberOrdinals = state == null ? null : MemberOrdinals.build(classes(), state);
                memberOrdinalsBuilt = true;
            }
            return memberOrdinals;
        }

        /** A searcher over the same documents whose title and text norms are arrays ({@link DenseNorms}). */
        synchronized IndexSearcher rankingSearcher() throws IOException {
            if (rankingSearcher == null) {
                rankingSearcher = new IndexSearcher(reader instanceof DirectoryReader d ? denseNorms.wrap(d) : reader);
            }
            return rankingSearcher;
        }

        synchronized SortedSetDocValuesReaderState facets() throws IOException {
            if (!facetsBuilt) {
                facets = hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader, facetsConfig) : null;
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
