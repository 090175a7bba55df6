package org.newsgraph.index.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;

/**
 * One point-in-time view of the index with what is derived from it (entity catalog, facet ordinals, entity page
 * aggregates), derived on
 * first use and shared by every snapshot of the same reader. Close it to release the reader.
 */
public final class Snapshot implements AutoCloseable {
    private final IndexSearcher searcher;
    private final Snapshots.Derived derived;
    private final SearcherManager owner;

    Snapshot(IndexSearcher searcher, Snapshots.Derived derived, SearcherManager owner) {
        this.searcher = searcher;
        this.derived = derived;
        this.owner = owner;
    }

    public IndexSearcher searcher() {
        return searcher;
    }

    /**
     * The same point in time for the ranking pass: norms read from arrays rather than the index's sparse encoding
     * ({@link DenseNorms}); same documents, same scores, same leaves.
     */
    public IndexSearcher rankingSearcher() throws IOException {
        return derived.rankingSearcher();
    }

    public EntityCatalog catalog() throws IOException {
        return derived.catalog();
    }

    /** The exact-content classes of this snapshot's live articles, built on first use. */
    public ContentClasses classes() throws IOException {
        return derived.classes();
    }

    /** The facet ordinals of the classes' members, or null (no facets, or a member with more values than kept). */
    public MemberOrdinals memberOrdinals() throws IOException {
        return derived.memberOrdinals();
    }

    /** Facet ordinals, or null while no document carries a facet field. */
    public SortedSetDocValuesReaderState facets() throws IOException {
        return derived.facets();
    }

    /** Entity page aggregates of this snapshot, computed on first request. */
    public EntityAggregates aggregates() {
        return derived.aggregates();
    }

    @Override
    public void close() {
        try {
            owner.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
