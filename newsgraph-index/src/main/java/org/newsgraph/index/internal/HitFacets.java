package org.newsgraph.index.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.RandomSamplingFacetsCollector;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.CollectorManager;
import org.newsgraph.index.FacetValue;
import org.newsgraph.index.SearchFacets;

/**
 * Facet counts of a search. Up to {@value #SAMPLE} hits are counted exactly; beyond that a random sample of about
 * {@value #SAMPLE} hits is counted (Lucene's {@link RandomSamplingFacetsCollector}: one hit drawn from each bin of
 * equal size, in index order) and the counts scaled by the inverse sampling rate, capped by the number of hits.
 * Counting every one of tens of thousands of hits cost more than the rest of a search together; the sample keeps a
 * search's cost bounded whatever its number of hits, at a relative error of about {@code 1/sqrt(count in the sample)}.
 * The seed is fixed, so one query on one snapshot always gives the same counts.
 */
public final class HitFacets {
    /** Hits counted at most: counting one article's entities costs about a microsecond (it has dozens of them). */
    public static final int SAMPLE = 500;
    private static final long SEED = 0x6e657773L;
    private static final int TOP = 10;

    private HitFacets() {
    }

    /** Collects every hit and samples them when there are more than {@value #SAMPLE}. */
    public static CollectorManager<RandomSamplingFacetsCollector, RandomSamplingFacetsCollector> collector() {
        return RandomSamplingFacetsCollector.createManager(SAMPLE, SEED);
    }

    /** The exact number of hits the collector saw (the sample does not change it). */
    public static long totalHits(RandomSamplingFacetsCollector fc) {
        long total = 0;
        for (FacetsCollector.MatchingDocs md : fc.getOriginalMatchingDocs()) total += md.totalHits;
        return total;
    }

    public static SearchFacets count(Snapshot snap, RandomSamplingFacetsCollector fc) throws IOException {
        long total = totalHits(fc);
        boolean sampled = total > SAMPLE;
        List<FacetsCollector.MatchingDocs> docs = fc.getMatchingDocs();
        List<FacetValue> publisher = List.of();
        List<FacetValue> language = List.of();
        List<FacetValue> month = List.of();
        SortedSetDocValuesReaderState state = snap.facets();
        if (state != null) {
            SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, fc);
            publisher = labels(counts.getTopChildren(TOP, Fields.FACET_PUBLISHER));
            language = labels(counts.getTopChildren(TOP, Fields.FACET_LANGUAGE));
            month = labels(counts.getAllChildren(Fields.FACET_MONTH)).stream()
                    .sorted(Comparator.comparing(FacetValue::value)).toList();
        }
        EntityCatalog catalog = snap.catalog();
        EntityCatalog.Counter entities = catalog.counter();
        for (FacetsCollector.MatchingDocs md : docs) {
            if (md.totalHits > 0) entities.add(md.context, md.bits.iterator());
        }
        List<FacetValue> entity = entities.top(null, TOP);
        if (!sampled) return new SearchFacets(publisher, entity, language, month, false, total);
        double rate = fc.getSamplingRate();
        return new SearchFacets(scaled(publisher, rate, total), scaled(entity, rate, total),
                scaled(language, rate, total), scaled(month, rate, total), true, entities.documents());
    }

    /**
     * Sampled counts scaled by the inverse sampling rate (as {@link RandomSamplingFacetsCollector#amortizeFacetCounts}
     * does, which would also cap each by its document frequency, at one term lookup per value and segment: a month
     * histogram made that the most expensive part of a search), capped by the number of hits.
     */
    static List<FacetValue> scaled(List<FacetValue> sampled, double rate, long total) {
        List<FacetValue> out = new ArrayList<>(sampled.size());
        for (FacetValue v : sampled) {
            out.add(new FacetValue(v.value(), v.label(), Math.min(total, Math.round(v.count() / rate))));
        }
        return out;
    }

    private static List<FacetValue> labels(FacetResult result) {
        if (result == null) return List.of();
        List<FacetValue> out = new ArrayList<>(result.labelValues.length);
        for (LabelAndValue lv : result.labelValues) out.add(new FacetValue(lv.label, lv.label, lv.value.longValue()));
        return out;
    }
}
