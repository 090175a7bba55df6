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
 *
 * <p>A search that scored one article per exact-content class ({@link ContentClasses}) never visits the other
 * members: its sample is drawn the same way (one hit from each run of {@code total / SAMPLE} hits, rounded down) over
 * the members of the matched classes listed class by class instead of in index order, so an equally valid estimate
 * of the same counts, from another sample.
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
        return count(snap, fc, totalHits(fc));
    }

    /**
     * Facets of a search whose hits are the members of the classes of representatives {@code matched} (ascending),
     * {@code total} of them: counted over every member up to {@value #SAMPLE}, else over a sample of about
     * {@value #SAMPLE} of them drawn without visiting the rest ({@link ContentClasses#counted}), scaled as above.
     * Publisher, language and month are counted from the members' ordinals ({@link MemberOrdinals}) where the
     * snapshot has them.
     */
    public static SearchFacets count(Snapshot snap, ContentClasses classes, int[] matched, long total)
            throws IOException {
        int[] counted = classes.counted(matched, total, SAMPLE, SEED);
        FacetsCollector fc = new Given(classes.matchingDocs(snap.searcher().getIndexReader(), counted));
        MemberOrdinals ords = snap.memberOrdinals();
        if (ords == null) return count(snap, fc, total);
        int[] counts = ords.count(counted);
        return count(snap, ords.top(counts, Fields.FACET_PUBLISHER, TOP), ords.top(counts, Fields.FACET_LANGUAGE, TOP),
                ords.all(counts, Fields.FACET_MONTH), fc.getMatchingDocs(), total);
    }

    private static SearchFacets count(Snapshot snap, FacetsCollector fc, long total) throws IOException {
        List<FacetValue> publisher = List.of();
        List<FacetValue> language = List.of();
        List<FacetValue> month = List.of();
        SortedSetDocValuesReaderState state = snap.facets();
        if (state != null) {
            SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, fc);
            publisher = labels(counts.getTopChildren(TOP, Fields.FACET_PUBLISHER));
            language = labels(counts.getTopChildren(TOP, Fields.FACET_LANGUAGE));
            month = labels(counts.getAllChildren(Fields.FACET_MONTH));
        }
        return count(snap, publisher, language, month, fc.getMatchingDocs(), total);
    }

    /** The facets with the dimensions' counts given and the entities counted over {@code docs}, scaled if sampled. */
    private static SearchFacets count(Snapshot snap, List<FacetValue> publisher, List<FacetValue> language,
                                      List<FacetValue> unsortedMonth, List<FacetsCollector.MatchingDocs> docs,
                                      long total) throws IOException {
        boolean sampled = total > SAMPLE;
        List<FacetValue> month = unsortedMonth.stream().sorted(Comparator.comparing(FacetValue::value)).toList();
        EntityCatalog catalog = snap.catalog();
        List<FacetValue> entity;
        long sample;
        try (EntityCatalog.Counter entities = catalog.counter(sampled)) {
            for (FacetsCollector.MatchingDocs md : docs) {
                if (md.totalHits > 0) entities.add(md.context, md.bits.iterator());
            }
            entity = entities.top(null, TOP);
            sample = entities.documents();
        }
        if (!sampled) return new SearchFacets(publisher, entity, language, month, false, total);
        return new SearchFacets(scaled(publisher, sample, total), scaledEntities(entity, sample, total, catalog),
                scaled(language, sample, total), scaled(month, sample, total), true, sample);
    }

    /**
     * Counts over a sample of {@code sample} of {@code total} hits, scaled to all of them. The ratio of the actual
     * sample, not the nominal sampling rate, so a value in every sampled hit comes out at exactly {@code total}.
     * (Lucene's {@link RandomSamplingFacetsCollector#amortizeFacetCounts} would also cap each count by its document
     * frequency, at a term lookup per value and segment: over a month histogram, the dearest part of a search.)
     */
    static List<FacetValue> scaled(List<FacetValue> counts, long sample, long total) {
        List<FacetValue> out = new ArrayList<>(counts.size());
        for (FacetValue v : counts) {
            long scaled = Math.round((double) v.count() * total / sample);
            out.add(new FacetValue(v.value(), v.label(), Math.min(total, scaled)));
        }
        return out;
    }

    /** Entity counts scaled, and never above the number of articles the entity is in at all. */
    static List<FacetValue> scaledEntities(List<FacetValue> counts, long sample, long total, EntityCatalog catalog) {
        List<FacetValue> out = new ArrayList<>(counts.size());
        for (FacetValue v : scaled(counts, sample, total)) {
            long articles = catalog.byId(v.value()).map(e -> e.articles()).orElse(v.count());
            out.add(new FacetValue(v.value(), v.label(), Math.min(v.count(), articles)));
        }
        return out;
    }

    /** Hits given rather than collected, for the facet counts that take a collector. */
    private static final class Given extends FacetsCollector {
        private final List<MatchingDocs> docs;

        Given(List<MatchingDocs> docs) {
            this.docs = docs;
        }

        @Override
        public List<MatchingDocs> getMatchingDocs() {
            return docs;
        }
    }

    private static List<FacetValue> labels(FacetResult result) {
        if (result == null) return List.of();
        List<FacetValue> out = new ArrayList<>(result.labelValues.length);
        for (LabelAndValue lv : result.labelValues) out.add(new FacetValue(lv.label, lv.label, lv.value.longValue()));
        return out;
    }
}
