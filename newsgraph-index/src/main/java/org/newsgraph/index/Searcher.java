package org.newsgraph.index;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;
import org.newsgraph.index.internal.ArticleDocuments;
import org.newsgraph.index.internal.Dates;
import org.newsgraph.index.internal.EntityCatalog;
import org.newsgraph.index.internal.Fields;
import org.newsgraph.index.internal.Json;
import org.newsgraph.index.internal.Snapshot;
import org.newsgraph.index.internal.Snapshots;
import org.newsgraph.index.internal.SnippetHighlighter;
import org.newsgraph.index.internal.StoredRecords;

/**
 * Queries over the knowledge base: ranked article search with snippets and facets, articles by id, entities across
 * articles, and quotes. Thread-safe; each call works on one consistent snapshot of the index.
 *
 * <p>Ranking is BM25 over title and text, the title boosted {@value #TITLE_BOOST}-fold; query words are all required
 * unless the query says otherwise (classic Lucene syntax: {@code OR}, {@code "phrases"}, {@code -not}, {@code title:x}).
 */
public final class Searcher {
    public static final int MAX_LIMIT = 1000;
    public static final int MAX_WINDOW = 10_000;
    static final float TITLE_BOOST = 3f;
    private static final int FACET_TOP = 10;
    private static final int SNIPPETS_PER_HIT = 2;
    private static final Sort NEWEST_FIRST = new Sort(
            new SortField(Fields.PUBLISHED_DAY, SortField.Type.LONG, true), SortField.FIELD_DOC);
    private static final Sort NEWEST_QUOTES_FIRST = new Sort(
            new SortField(Fields.DAY, SortField.Type.LONG, true), SortField.FIELD_DOC);
    private static final Query ARTICLES = new TermQuery(new Term(Fields.TYPE, Fields.TYPE_ARTICLE));
    private static final Query QUOTES = new TermQuery(new Term(Fields.TYPE, Fields.TYPE_QUOTE));
    private static final Query MENTIONS = new TermQuery(new Term(Fields.TYPE, Fields.TYPE_MENTION));

    private final Snapshots snapshots;
    private final Analyzer analyzer;
    private final EventQueries events;

    Searcher(Snapshots snapshots, Analyzer analyzer) {
        this.snapshots = snapshots;
        this.analyzer = analyzer;
        this.events = new EventQueries(snapshots);
    }

    /** Queries over the coded events, on the same snapshots as this searcher's. */
    public EventQueries events() {
        return events;
    }

    /** Ranked articles matching {@code query} (blank: all, newest first) within the filters. */
    public SearchResult search(String query, SearchFilters filters, int limit, int offset) {
        checkPaging(limit, offset);
        Query userQuery = parseArticleQuery(query);
        try (Snapshot snap = snapshots.acquire()) {
            BooleanQuery.Builder q = new BooleanQuery.Builder().add(userQuery, Occur.MUST).add(ARTICLES, Occur.FILTER);
            addFilters(q, filters == null ? SearchFilters.NONE : filters, snap.catalog());
            Query full = q.build();
            IndexSearcher searcher = snap.searcher();
            FacetsCollectorManager.FacetsResult r = userQuery instanceof MatchAllDocsQuery
                    ? FacetsCollectorManager.search(searcher, full, offset + limit, NEWEST_FIRST, new FacetsCollectorManager())
                    : FacetsCollectorManager.search(searcher, full, offset + limit, new FacetsCollectorManager());
            TopDocs top = r.topDocs();
            ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(offset, top.scoreDocs.length),
                    top.scoreDocs.length);
            return new SearchResult(top.totalHits.value, offset, hits(snap, userQuery, page),
                    facets(snap, r.facetsCollector()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new BadQueryException("query '" + query + "' expands to too many terms; make wildcards longer", e);
        }
    }

    /** The article with this id, its entities and quote speakers carrying knowledge-base ids. */
    public Optional<StoredArticle> article(String id) {
        try (Snapshot snap = snapshots.acquire()) {
            Query q = new BooleanQuery.Builder().add(new TermQuery(new Term(Fields.ARTICLE_ID, id)), Occur.FILTER)
                    .add(ARTICLES, Occur.FILTER).build();
            TopDocs top = snap.searcher().search(q, 1);
            if (top.scoreDocs.length == 0) return Optional.empty();
            return Optional.of(StoredRecords.article(
                    snap.searcher().storedFields().document(top.scoreDocs[0].doc), snap.catalog()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Knowledge-base entities, most mentioned first, optionally of one type (PERSON, ORGANIZATION...). */
    public Page<KbEntity> entities(String type, int limit, int offset) {
        checkPaging(limit, offset);
        try (Snapshot snap = snapshots.acquire()) {
            List<KbEntity> all = type == null || type.isBlank() ? snap.catalog().all()
                    : snap.catalog().all().stream().filter(e -> e.type().equalsIgnoreCase(type.strip())).toList();
            return new Page<>(all.size(), offset, all.subList(Math.min(offset, all.size()),
                    Math.min(offset + limit, all.size())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An entity with its latest quotes, the entities most often in the same articles, and its mentions per day. */
    public Optional<EntityPage> entity(String id, int quoteLimit) {
        checkPaging(quoteLimit, 0);
        try (Snapshot snap = snapshots.acquire()) {
            EntityCatalog catalog = snap.catalog();
            Optional<KbEntity> entity = catalog.byId(id);
            if (entity.isEmpty()) return Optional.empty();
            List<BytesRef> keys = catalog.keysOf(id).stream().map(BytesRef::new).toList();
            Query said = new BooleanQuery.Builder().add(new TermInSetQuery(Fields.SPEAKER_KEY, keys), Occur.FILTER)
                    .add(QUOTES, Occur.FILTER).build();
            return Optional.of(new EntityPage(entity.get(), quotePage(snap, said, false, quoteLimit, 0),
                    coMentioned(snap, id, keys), mentionsPerDay(snap, keys)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Quotes by a speaker (an entity id, or a name: matched against resolved speakers and the names quotes were
     * attributed to) and/or containing words; by relevance when words are given, else newest first.
     */
    public Page<QuoteHit> quotes(String speaker, String text, int limit, int offset) {
        checkPaging(limit, offset);
        try (Snapshot snap = snapshots.acquire()) {
            BooleanQuery.Builder q = new BooleanQuery.Builder().add(QUOTES, Occur.FILTER);
            if (speaker != null && !speaker.isBlank()) q.add(speakerQuery(snap.catalog(), speaker), Occur.MUST);
            boolean byWords = text != null && !text.isBlank();
            if (byWords) q.add(parse(new QueryParser(Fields.QUOTE_TEXT, analyzer), text), Occur.MUST);
            return quotePage(snap, q.build(), byWords, limit, offset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new BadQueryException("quote query '" + text + "' expands to too many terms", e);
        }
    }

    /** How many articles the knowledge base holds. */
    public int articleCount() {
        try (Snapshot snap = snapshots.acquire()) {
            return snap.searcher().count(ARTICLES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query parseArticleQuery(String query) {
        if (query == null || query.isBlank() || query.strip().equals("*")) return new MatchAllDocsQuery();
        MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {Fields.TITLE, Fields.TEXT}, analyzer,
                Map.of(Fields.TITLE, TITLE_BOOST, Fields.TEXT, 1f));
        parser.setDefaultOperator(QueryParser.Operator.AND);
        return parse(parser, query);
    }

    private static Query parse(QueryParser parser, String query) {
        try {
            return parser.parse(query);
        } catch (ParseException e) {
            String why = e.getMessage() == null ? "syntax error" : e.getMessage().lines().findFirst().orElse("");
            throw new BadQueryException("cannot parse query '" + query + "': " + why, e);
        }
    }

    private Query speakerQuery(EntityCatalog catalog, String speaker) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        List<BytesRef> keys = new ArrayList<>();
        for (KbEntity e : catalog.find(speaker)) catalog.keysOf(e.id()).forEach(k -> keys.add(new BytesRef(k)));
        if (!keys.isEmpty()) b.add(new TermInSetQuery(Fields.SPEAKER_KEY, keys), Occur.SHOULD);
        b.add(parse(new QueryParser(Fields.SPEAKER_NAME, analyzer), '"' + QueryParser.escape(speaker) + '"'),
                Occur.SHOULD);
        return b.build();
    }

    private static void addFilters(BooleanQuery.Builder q, SearchFilters f, EntityCatalog catalog) {
        if (f.entity() != null && !f.entity().isBlank()) {
            List<BytesRef> keys = new ArrayList<>();
            for (KbEntity e : catalog.find(f.entity())) catalog.keysOf(e.id()).forEach(k -> keys.add(new BytesRef(k)));
            q.add(keys.isEmpty() ? new MatchNoDocsQuery("no entity " + f.entity())
                    : new TermInSetQuery(Fields.ENTITY_KEY, keys), Occur.FILTER);
        }
        if (f.publisher() != null && !f.publisher().isBlank()) {
            q.add(new TermQuery(new Term(Fields.PUBLISHER_KEY, ArticleDocuments.publisherKey(f.publisher()))),
                    Occur.FILTER);
        }
        if (f.from() != null || f.to() != null) {
            long from = f.from() == null ? Long.MIN_VALUE : f.from().toEpochDay();
            long to = f.to() == null ? Long.MAX_VALUE : f.to().toEpochDay();
            q.add(LongPoint.newRangeQuery(Fields.PUBLISHED_DAY, from, to), Occur.FILTER);
        }
    }

    private List<SearchHit> hits(Snapshot snap, Query userQuery, ScoreDoc[] page) throws IOException {
        if (page.length == 0) return List.of();
        int[] docIds = Arrays.stream(page).mapToInt(sd -> sd.doc).toArray();
        List<List<Snippet>> snippets = new SnippetHighlighter(snap.searcher(), analyzer)
                .snippets(Fields.TEXT, userQuery, docIds, SNIPPETS_PER_HIT);
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            JsonNode a = Json.MAPPER.readTree(
                    snap.searcher().storedFields().document(page[i].doc).get(Fields.ARTICLE_JSON));
            hits.add(new SearchHit(a.path("id").asText(), text(a, "title"), text(a, "url"), text(a, "publisher"),
                    text(a, "published"), text(a, "language"), Float.isNaN(page[i].score) ? 0f : page[i].score,
                    snippets.get(i)));
        }
        return hits;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static SearchFacets facets(Snapshot snap, FacetsCollector fc) throws IOException {
        List<FacetValue> publisher = List.of();
        List<FacetValue> language = List.of();
        List<FacetValue> month = List.of();
        if (snap.facets() != null) {
            SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(snap.facets(), fc);
            publisher = labels(counts.getTopChildren(FACET_TOP, Fields.FACET_PUBLISHER));
            language = labels(counts.getTopChildren(FACET_TOP, Fields.FACET_LANGUAGE));
            month = labels(counts.getAllChildren(Fields.FACET_MONTH)).stream()
                    .sorted(Comparator.comparing(FacetValue::value)).toList();
        }
        long[] entityCounts = new long[snap.catalog().size()];
        for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
            DocIdSetIterator it = md.totalHits == 0 ? null : md.bits.iterator();
            if (it != null) snap.catalog().countArticles(md.context, it, entityCounts);
        }
        return new SearchFacets(publisher, topEntities(snap.catalog(), entityCounts, null, FACET_TOP), language, month);
    }

    private static List<FacetValue> labels(FacetResult result) {
        if (result == null) return List.of();
        List<FacetValue> out = new ArrayList<>(result.labelValues.length);
        for (LabelAndValue lv : result.labelValues) out.add(new FacetValue(lv.label, lv.label, lv.value.longValue()));
        return out;
    }

    private static List<FacetValue> topEntities(EntityCatalog catalog, long[] counts, String exclude, int n) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0 && !catalog.at(i).id().equals(exclude)) order.add(i);
        }
        // catalog order (most mentioned overall) breaks ties, so equal counts list deterministically
        order.sort(Comparator.<Integer>comparingLong(i -> -counts[i]).thenComparing(i -> i));
        return order.stream().limit(n)
                .map(i -> new FacetValue(catalog.at(i).id(), catalog.at(i).name(), counts[i])).toList();
    }

    private static List<FacetValue> coMentioned(Snapshot snap, String id, List<BytesRef> keys) throws IOException {
        Query q = new BooleanQuery.Builder().add(new TermInSetQuery(Fields.ENTITY_KEY, keys), Occur.FILTER)
                .add(ARTICLES, Occur.FILTER).build();
        FacetsCollector fc = snap.searcher().search(q, new FacetsCollectorManager());
        long[] counts = new long[snap.catalog().size()];
        for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
            if (md.totalHits > 0) snap.catalog().countArticles(md.context, md.bits.iterator(), counts);
        }
        return topEntities(snap.catalog(), counts, id, 20);
    }

    private static List<DayCount> mentionsPerDay(Snapshot snap, List<BytesRef> keys) throws IOException {
        Query q = new BooleanQuery.Builder().add(new TermInSetQuery(Fields.MENTION_KEY, keys), Occur.FILTER)
                .add(MENTIONS, Occur.FILTER).build();
        FacetsCollector fc = snap.searcher().search(q, new FacetsCollectorManager());
        TreeMap<Long, long[]> byDay = new TreeMap<>();
        for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
            if (md.totalHits == 0) continue;
            NumericDocValues days = DocValues.getNumeric(md.context.reader(), Fields.DAY);
            NumericDocValues counts = DocValues.getNumeric(md.context.reader(), Fields.MENTION_COUNT);
            DocIdSetIterator it = md.bits.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (!days.advanceExact(doc)) continue;
                long[] c = byDay.computeIfAbsent(days.longValue(), d -> new long[2]);
                c[0]++;
                c[1] += counts.advanceExact(doc) ? counts.longValue() : 1;
            }
        }
        List<DayCount> out = new ArrayList<>(byDay.size());
        byDay.forEach((day, c) -> out.add(new DayCount(Dates.isoDay(day), c[0], c[1])));
        return out;
    }

    private static Page<QuoteHit> quotePage(Snapshot snap, Query q, boolean byRelevance, int limit, int offset)
            throws IOException {
        IndexSearcher searcher = snap.searcher();
        TopDocs top = byRelevance ? searcher.search(q, offset + limit)
                : searcher.search(q, offset + limit, NEWEST_QUOTES_FIRST);
        List<QuoteHit> hits = new ArrayList<>();
        for (int i = offset; i < top.scoreDocs.length; i++) {
            hits.add(StoredRecords.quote(searcher.storedFields().document(top.scoreDocs[i].doc), snap.catalog()));
        }
        long total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO
                ? top.totalHits.value : searcher.count(q);
        return new Page<>(total, offset, hits);
    }

    static void checkPaging(int limit, int offset) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadQueryException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        if (offset < 0 || offset + limit > MAX_WINDOW) {
            throw new BadQueryException("offset must be at least 0 and offset + limit at most " + MAX_WINDOW);
        }
    }
}
