package org.newsgraph.index.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.RandomSamplingFacetsCollector;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.newsgraph.index.CacheStats;
import org.newsgraph.index.DayCount;
import org.newsgraph.index.FacetValue;
import org.newsgraph.index.KbEntity;

/**
 * What an entity page shows beyond the entity itself: the entities most often in the same articles, and mentions per
 * publication day. Both read every article of the entity, tens of thousands for the most mentioned ones, so each is
 * computed once per index snapshot and kept for that snapshot's life (a new commit brings a new snapshot, so nothing
 * here is ever stale). Co-mentions are counted over a random sample of {@value HitFacets#SAMPLE} of the entity's
 * articles when it has more, and scaled; mentions per day are always exact. What is kept is bounded in entities and
 * in day rows; a page beyond the bounds is computed for each request. An article and its copies count once in both
 * (see {@link CopyGroups}): a group of copies counts on the first day one of them mentions the entity.
 */
public final class EntityAggregates {
    /** Entities kept per snapshot; a page beyond is computed and not kept, so memory stays bounded. */
    static final int MAX_ENTRIES = 4096;
    /**
     * Day rows kept per snapshot, about 40 bytes each (the day's name is shared): the most mentioned entities have
     * thousands of days.
     */
    static final long MAX_DAY_ROWS = 1_500_000;
    private static final int CO_MENTIONED_TOP = 20;
    private static final long SEED = 0x636f6dL;

    /**
     * @param coMentioned        the entities most often in the same articles, {@code count} = shared articles
     * @param coMentionedSampled whether those counts are scaled up from a sample of the entity's articles
     * @param mentionsPerDay     every publication day with a mention, in order
     */
    public record Aggregate(List<FacetValue> coMentioned, boolean coMentionedSampled, List<DayCount> mentionsPerDay) {
    }

    /** Counters shared by the aggregates of every snapshot of one knowledge base. */
    public static final class Counters {
        private final AtomicLong hits = new AtomicLong();
        private final AtomicLong misses = new AtomicLong();

        /** Requests answered from the cache and computed, since the knowledge base was opened. */
        public CacheStats stats() {
            return new CacheStats(hits.get(), misses.get());
        }
    }

    private final Map<String, Aggregate> byId = new ConcurrentHashMap<>();
    private final AtomicLong dayRows = new AtomicLong();
    private final Map<Long, String> dayNames = new ConcurrentHashMap<>();
    private final Counters counters;

    EntityAggregates(Counters counters) {
        this.counters = counters;
    }

    /** The aggregate of an entity of {@code snap}'s catalog; {@code snap} must be the snapshot this belongs to. */
    public Aggregate of(Snapshot snap, KbEntity entity) throws IOException {
        Aggregate a = byId.get(entity.id());
        if (a != null) {
            counters.hits.incrementAndGet();
            return a;
        }
        counters.misses.incrementAndGet();
        // two threads may compute the same entity at once; both get the same answer, and computing outside the
        // map keeps one slow entity from blocking others
        a = compute(snap, entity);
        int rows = a.mentionsPerDay().size();
        if (byId.size() < MAX_ENTRIES && dayRows.addAndGet(rows) <= MAX_DAY_ROWS) {
            if (byId.putIfAbsent(entity.id(), a) != null) dayRows.addAndGet(-rows);
        } else {
            dayRows.addAndGet(-rows);
        }
        return a;
    }

    private Aggregate compute(Snapshot snap, KbEntity entity) throws IOException {
        EntityCatalog catalog = snap.catalog();
        List<BytesRef> keys = catalog.keysOf(entity.id()).stream().map(BytesRef::new).toList();
        IndexSearcher searcher = snap.searcher();
        // entity keys are indexed on article documents alone, mention keys on mention documents alone (see
        // ArticleDocuments), so neither query needs a type filter: one cost an advance on the type's postings per hit
        Query inArticles = new TermInSetQuery(Fields.ENTITY_KEY, keys);
        RandomSamplingFacetsCollector articles = searcher.search(inArticles,
                RandomSamplingFacetsCollector.createManager(HitFacets.SAMPLE, SEED));
        long total = HitFacets.totalHits(articles);
        boolean sampled = total > HitFacets.SAMPLE;
        List<FacetValue> co;
        try (EntityCatalog.Counter counts = catalog.counter(sampled)) {
            for (FacetsCollector.MatchingDocs md : articles.getMatchingDocs()) {
                if (md.totalHits > 0) counts.add(md.context, md.bits.iterator());
            }
            co = counts.top(entity.id(), CO_MENTIONED_TOP);
            if (sampled) co = HitFacets.scaledEntities(co, counts.documents(), total, catalog);
        }
        return new Aggregate(co, sampled, mentionsPerDay(searcher, keys, entity, catalog.copies()));
    }

    /**
     * Articles and mentions per day, tallied in arrays spanning the entity's first to last day. A group of copies is
     * held aside and tallied once at the end, on its earliest day, with the most mentions one of its copies has.
     */
    private List<DayCount> mentionsPerDay(IndexSearcher searcher, List<BytesRef> keys, KbEntity entity,
                                          CopyGroups copies) throws IOException {
        Long first = Dates.epochDay(entity.firstSeen());
        Long last = Dates.epochDay(entity.lastSeen());
        if (first == null || last == null) return List.of();
        int span = (int) (last - first + 1);
        long[] articles = new long[span];
        long[] mentions = new long[span];
        Query q = new TermInSetQuery(Fields.MENTION_KEY, keys);
        FacetsCollector fc = searcher.search(q, new FacetsCollectorManager());
        Map<Long, long[]> groups = new HashMap<>(); // copy group -> {day index, mentions}
        for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
            if (md.totalHits == 0) continue;
            NumericDocValues days = DocValues.getNumeric(md.context.reader(), Fields.DAY);
            NumericDocValues counts = DocValues.getNumeric(md.context.reader(), Fields.MENTION_COUNT);
            int[] copyOf = copies.ofLeaf(md.context);
            DocIdSetIterator it = md.bits.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (!days.advanceExact(doc)) continue;
                int d = (int) (days.longValue() - first);
                if (d < 0 || d >= span) continue; // cannot happen: first and last come from these very documents
                long n = counts.advanceExact(doc) ? counts.longValue() : 1;
                long group = copyOf == null ? Fields.PENDING : copyOf[doc];
                if (copies.shared(group)) {
                    long[] g = groups.computeIfAbsent(group, k -> new long[] {d, n});
                    g[0] = Math.min(g[0], d);
                    g[1] = Math.max(g[1], n);
                    continue;
                }
                articles[d]++;
                mentions[d] += n;
            }
        }
        for (long[] g : groups.values()) {
            articles[(int) g[0]]++;
            mentions[(int) g[0]] += g[1];
        }
        List<DayCount> out = new ArrayList<>();
        for (int d = 0; d < span; d++) {
            if (articles[d] > 0) {
                out.add(new DayCount(dayNames.computeIfAbsent(first + d, Dates::isoDay), articles[d], mentions[d]));
            }
        }
        return out;
    }
}
