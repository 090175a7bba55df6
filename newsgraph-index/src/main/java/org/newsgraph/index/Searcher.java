package org.newsgraph.index;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.RandomSamplingFacetsCollector;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.newsgraph.index.internal.Analyzers;
import org.newsgraph.index.internal.ArticleDocuments;
import org.newsgraph.index.internal.ContentClasses;
import org.newsgraph.index.internal.CopyFolding;
import org.newsgraph.index.internal.CopyGroups;
import org.newsgraph.index.internal.EntityAggregates;
import org.newsgraph.index.internal.EntityCatalog;
import org.newsgraph.index.internal.Fields;
import org.newsgraph.index.internal.HitFacets;
import org.newsgraph.index.internal.HitList;
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
 *
 * <p>Copies fold: a group of copies shows once, at the rank of its best-ranked member (see {@link CopyFolding}).
 */
public final class Searcher {
    public static final int MAX_LIMIT = 1000;
    public static final int MAX_WINDOW = 10_000;
    static final float TITLE_BOOST = 3f;

    /** The fields a search's words are looked up in. */
    private static final List<String> ARTICLE_FIELDS = List.of(Fields.TITLE, Fields.TEXT);
    private static final int SNIPPETS_PER_HIT = 2;
    private static final Sort NEWEST_QUOTES_FIRST = new Sort(
            new SortField(Fields.DAY, SortField.Type.LONG, true), SortField.FIELD_DOC);
    private static final Query ARTICLES = new TermQuery(Fields.ARTICLES);
    private static final Query QUOTES = new TermQuery(new Term(Fields.TYPE, Fields.TYPE_QUOTE));
    private static final Set<String> HIT_FIELDS = Set.of(Fields.ARTICLE_JSON, Fields.TEXT);
    private static final Set<String> HIT_JSON_FIELDS =
            Set.of("id", "kind", "truncated", "title", "url", "publisher", "published", "language");

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

    /** Ranked articles matching {@code query} (blank: all, newest first) within the filters, copies folded. */
    public SearchResult search(String query, SearchFilters filters, int limit, int offset) {
        return search(query, filters, limit, offset, null, true);
    }

    /**
     * {@link #search}, each hit shown by the article {@code shownInstead} names for its id (its group's canonical
     * copy; null or the hit itself: no other) when that article matches the query and filters too, with its own
     * score and snippets. The ranks stay those of the hits: only which member of a folded group is shown changes.
     */
    public SearchResult search(String query, SearchFilters filters, int limit, int offset,
                               UnaryOperator<String> shownInstead) {
        return search(query, filters, limit, offset, shownInstead, true);
    }

    /** {@link #search}, scoring one article per exact-content class where that is exact and {@code classesAllowed}. */
    SearchResult search(String query, SearchFilters filters, int limit, int offset, boolean classesAllowed) {
        return search(query, filters, limit, offset, null, classesAllowed);
    }

    private SearchResult search(String query, SearchFilters filters, int limit, int offset,
                                UnaryOperator<String> shownInstead, boolean classesAllowed) {
        checkPaging(limit, offset);
        Query userQuery = parseArticleQuery(query);
        SearchFilters f = filters == null ? SearchFilters.NONE : filters;
        try (Snapshot snap = snapshots.acquire()) {
            List<BooleanClause> restrictions = filterClauses(f, snap.catalog());
            ContentClasses classes = classesAllowed && restrictions.isEmpty() && byClasses(userQuery)
                    ? snap.classes() : null;
            if (classes != null && classes.folds()) {
                return searchClasses(snap, classes, userQuery, limit, offset, shownInstead);
            }
            BooleanQuery.Builder q = new BooleanQuery.Builder().add(userQuery, Occur.MUST);
            if (!matchesArticlesOnly(userQuery)) q.add(ARTICLES, Occur.FILTER);
            restrictions.forEach(q::add);
            Query full = q.build();
            IndexSearcher searcher = snap.searcher();
            CopyGroups copies = snap.catalog().copies();
            // Ranking and facets take a pass each. Ranking keeps the page's groups alone, so ranked by score block-max
            // WAND skips the hits that cannot make it (browsing newest first visits every article, reading only its
            // group and day); the facet pass scores nothing and only counts and samples. Fed by one scoring pass,
            // both paid for scoring every hit.
            CopyFolding.Folded page = snap.rankingSearcher().search(full, userQuery instanceof MatchAllDocsQuery
                    ? CopyFolding.newestFirst(copies, offset, limit) : CopyFolding.byScore(copies, offset, limit));
            RandomSamplingFacetsCollector facets = searcher.search(full, HitFacets.collector());
            return new SearchResult(HitFacets.totalHits(facets), offset, page.folded(),
                    hits(snap, userQuery, full, page.page(), shownInstead), HitFacets.count(snap, facets));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooManyTerms("query", query, userQuery, ARTICLE_FIELDS.size(), e);
        }
    }

    /**
     * A query over Lucene's clause limit ({@link IndexSearcher#getMaxClauseCount()}), told by what made it so: a
     * wildcard, fuzzy or range term expanding to many terms, or else simply too many words (a plain search looks
     * every word up in the title and in the text, so 600 words are 1,200 clauses).
     *
     * @param parsed the query, or null when the parser itself gave up on the words' number
     * @param fields how many fields each word is looked up in
     */
    private static BadQueryException tooManyTerms(String what, String query, Query parsed, int fields,
                                                  RuntimeException cause) {
        if (parsed != null && expands(parsed)) {
            return new BadQueryException(what + " '" + abbreviated(query) + "' expands to too many terms; make"
                    + " wildcards longer", cause);
        }
        return new BadQueryException(what + " of " + query.strip().split("\\s+").length + " words has too many terms"
                + " for one search (at most " + IndexSearcher.getMaxClauseCount() + ", each word counting once for each"
                + " of the " + fields + " fields it is looked up in); use fewer words", cause);
    }

    /** Whether the query holds a term that stands for many (wildcard, prefix, fuzzy, regular expression, range). */
    private static boolean expands(Query query) {
        boolean[] found = {false};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
                found[0] = true;
            }
        });
        return found[0];
    }

    /** A query as an error message repeats it: a long one cut, since it is the caller's own and only has to be told. */
    private static String abbreviated(String query) {
        return query.length() <= 80 ? query : query.substring(0, 80) + "... (" + query.length() + " characters)";
    }

    /** The knowledge-base entities a search's {@code entity} filter stands for: see {@link EntityCatalog#find}. */
    public List<KbEntity> entitiesFor(String idOrName) {
        try (Snapshot snap = snapshots.acquire()) {
            return snap.catalog().find(idOrName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether a search without filters (any filter can tell members apart: publisher, dates, language and entities
     * are not part of the class key) can score one article per exact-content class ({@link ContentClasses}) and
     * stand it for the rest: when it ranks by score (not the empty query) with a query naming no field but the
     * title and the text, which members of a class share.
     */
    static boolean byClasses(Query userQuery) {
        return !(userQuery instanceof MatchAllDocsQuery) && matchesArticlesOnly(userQuery);
    }

    /**
     * {@link #search} scoring only the classes' representatives: the same page, {@code total_hits} and {@code
     * copies_folded} (from the class sizes), facets from the members of the matched classes (see {@link
     * HitFacets#count(Snapshot, ContentClasses, int[], long)}). On a base where most articles have exact copies,
     * the scored hits shrink by the copies' number.
     */
    private SearchResult searchClasses(Snapshot snap, ContentClasses classes, Query userQuery, int limit, int offset,
                                       UnaryOperator<String> shownInstead) throws IOException {
        Query reps = new BooleanQuery.Builder().add(userQuery, Occur.MUST)
                .add(classes.representatives(), Occur.FILTER).build();
        // one pass both ranks and lists every matched representative (at most half the articles, since the classes
        // fold; listing them all turns off the scorer's skipping by score): a second pass cost as much again in term
        // lookups over every segment
        Object[] ranked = snap.rankingSearcher().search(reps, new MultiCollectorManager(
                CopyFolding.byScoreOfClasses(snap.catalog().copies(), classes, offset, limit), new HitList()));
        CopyFolding.Folded page = (CopyFolding.Folded) ranked[0];
        int[] matched = (int[]) ranked[1];
        long total = 0;
        for (int rep : matched) total += classes.size(rep);
        // the query names only the title and the text, so it matches articles alone: the classes' other members too
        List<SearchHit> hits = hits(snap, userQuery, userQuery, page.page(), shownInstead);
        return new SearchResult(total, offset, page.folded(), hits, HitFacets.count(snap, classes, matched, total));
    }

    /**
     * Whether every document {@code query} can match is an article: it names no field but the title and the text,
     * which only article documents have. The type filter is then left out, since it cost an advance on the postings
     * of every article per hit. {@code *:*} and any other field keep it.
     */
    static boolean matchesArticlesOnly(Query query) {
        boolean[] other = {false};
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                if (!field.equals(Fields.TITLE) && !field.equals(Fields.TEXT)) other[0] = true;
                return true;
            }

            @Override
            public void visitLeaf(Query leaf) {
                if (leaf instanceof MatchAllDocsQuery) other[0] = true;
            }
        });
        return !other[0];
    }

    /** The article with this id, its entities and quote speakers carrying knowledge-base ids. */
    public Optional<StoredArticle> article(String id) {
        try (Snapshot snap = snapshots.acquire()) {
            TopDocs top = snap.searcher().search(articleWithId(id), 1);
            if (top.scoreDocs.length == 0) return Optional.empty();
            return Optional.of(StoredRecords.article(
                    snap.searcher().storedFields().document(top.scoreDocs[0].doc), snap.catalog()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The other versions at the address of an article or of a version (see {@code ArticleVersions}: the same
     * address, replaced by a newer text), most recently replaced first; empty when no article or version has the id.
     */
    public Optional<List<StoredArticle>> versions(String articleId) {
        try (Snapshot snap = snapshots.acquire()) {
            return VersionHistory.of(snap, articleId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether an article with this id is stored; unlike {@link #article} it reads none of its stored fields. */
    public boolean hasArticle(String id) {
        try (Snapshot snap = snapshots.acquire()) {
            return snap.searcher().count(articleWithId(id)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query articleWithId(String id) {
        return new BooleanQuery.Builder().add(new TermQuery(new Term(Fields.ARTICLE_ID, id)), Occur.FILTER)
                .add(ARTICLES, Occur.FILTER).build();
    }

    /** Knowledge-base entities, most mentioned first, optionally of one type (PERSON, ORGANIZATION...). */
    public Page<KbEntity> entities(String type, int limit, int offset) {
        return entities(type, null, limit, offset);
    }

    /**
     * Entities of a type (any when null) whose name or an alias has a word beginning with {@code name} (any when null;
     * see {@link #startsWord}), compared
     * without case or accents, so "montreal" finds "Montréal" and "gm" finds "General Motors" by its alias "GM"; or
     * that articles joined {@code name} to as a short form ({@link EntityCatalog#byShortForm}: "HPA" finds the "Halvern
     * Port Authority" that articles only ever introduced it for).
     */
    public Page<KbEntity> entities(String type, String name, int limit, int offset) {
        checkPaging(limit, offset);
        String wanted = name == null || name.isBlank() ? null : folded(name.strip());
        try (Snapshot snap = snapshots.acquire()) {
            // an acronym the articles only ever wrote beside its full name is no alias of it, but names it
            Set<KbEntity> shortFormOf = wanted == null ? Set.of()
                    : Set.copyOf(snap.catalog().byShortForm(name.strip()));
            List<KbEntity> all = snap.catalog().all().stream()
                    .filter(e -> type == null || type.isBlank() || e.type().equalsIgnoreCase(type.strip()))
                    .filter(e -> wanted == null || startsWord(folded(e.name()), wanted) || shortFormOf.contains(e)
                            || e.aliases().stream().anyMatch(a -> startsWord(folded(a), wanted)))
                    .toList();
            return new Page<>(all.size(), offset, all.subList(Math.min(offset, all.size()),
                    Math.min(offset + limit, all.size())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

    /**
     * Whether {@code wanted} begins a word of {@code name} ("mont" begins "Montréal", "jr" begins "Donald Trump Jr."),
     * or, holding more than one word, runs on from such a beginning ("de la f" in "Rocky De La Fuente"). Any substring
     * matched too much: "e" was in 2,844 of 4,262 demo entities, "art" in "Stuart".
     */
    static boolean startsWord(String name, String wanted) {
        for (int at = name.indexOf(wanted); at >= 0; at = name.indexOf(wanted, at + 1)) {
            if (at == 0 || !Character.isLetterOrDigit(name.charAt(at - 1))) return true;
        }
        return false;
    }

    private static String folded(String s) {
        return ACCENTS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
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
            EntityAggregates.Aggregate aggregate = snap.aggregates().of(snap, entity.get());
            return Optional.of(new EntityPage(entity.get(), quotePage(snap, said, false, quoteLimit, 0),
                    aggregate.coMentioned(), aggregate.coMentionedSampled(), aggregate.mentionsPerDay()));
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
        Query words = null;
        try (Snapshot snap = snapshots.acquire()) {
            BooleanQuery.Builder q = new BooleanQuery.Builder().add(QUOTES, Occur.FILTER);
            if (speaker != null && !speaker.isBlank()) q.add(speakerQuery(snap.catalog(), speaker), Occur.MUST);
            boolean byWords = text != null && !text.isBlank();
            words = byWords ? parse(new QueryParser(Fields.QUOTE_TEXT, analyzer), text, 1) : null;
            if (byWords) q.add(words, Occur.MUST);
            return quotePage(snap, q.build(), byWords, limit, offset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooManyTerms("quote query", text, words, 1, e);
        }
    }

    /** How often entity pages were answered from the per-snapshot cache since the knowledge base was opened. */
    public CacheStats entityCacheStats() {
        return snapshots.aggregateStats();
    }

    /**
     * How many articles were indexed with an older text analysis than this build's ({@link Analyzers#VERSION}): a
     * search finds words in them only as they were analysed then (before session 27, "Fernandez" did not find
     * "Fernández"), until {@code newsgraph reindex --all} analyses them again.
     */
    public int articlesAnalysedBefore() {
        try (Snapshot snap = snapshots.acquire()) {
            IndexSearcher searcher = snap.searcher();
            Term current = new Term(Fields.ANALYZED_WITH, Analyzers.VERSION);
            // asked on every search: without deletions two term counts answer, with them (a replaced article still
            // counts in its term's frequency until merged away) the articles are counted
            if (!searcher.getIndexReader().hasDeletions()) {
                return searcher.getIndexReader().docFreq(Fields.ARTICLES) - searcher.getIndexReader().docFreq(current);
            }
            return searcher.count(new BooleanQuery.Builder().add(ARTICLES, Occur.FILTER)
                    .add(new TermQuery(current), Occur.MUST_NOT).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Why a search query can match nothing whatever the base holds, or null when it can: every word it has is one
     * the index leaves out (a stop word such as "the"), or it only excludes ("-trump": Lucene finds nothing without
     * a word to include). Said instead of an unexplained empty answer.
     */
    public String unmatchable(String query) {
        if (query == null || query.isBlank()) return null;
        Query parsed = parseArticleQuery(query);
        if (parsed instanceof BooleanQuery b && b.clauses().isEmpty()) {
            return "the query '" + abbreviated(query.strip()) + "' holds only common words the index leaves out (stop"
                    + " words such as 'the'); add a word that says what to find";
        }
        if (parsed instanceof BooleanQuery b && b.clauses().stream().allMatch(c -> c.getOccur() == Occur.MUST_NOT)) {
            return "the query '" + abbreviated(query.strip()) + "' only excludes words, which matches nothing; add a"
                    + " word to find, or '*:*' for every article (as in '*:* " + abbreviated(query.strip()) + "')";
        }
        return null;
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
        MultiFieldQueryParser parser = new MultiFieldQueryParser(ARTICLE_FIELDS.toArray(String[]::new), analyzer,
                Map.of(Fields.TITLE, TITLE_BOOST, Fields.TEXT, 1f));
        parser.setDefaultOperator(QueryParser.Operator.AND);
        return parse(parser, query, ARTICLE_FIELDS.size());
    }

    /** @param fields how many fields the parser looks each word up in */
    private static Query parse(QueryParser parser, String query, int fields) {
        try {
            return parser.parse(query);
        } catch (ParseException e) {
            if (e.getCause() instanceof IndexSearcher.TooManyClauses tooMany) {
                throw tooManyTerms("query", query, null, fields, tooMany);
            }
            String why = e.getMessage() == null ? "syntax error" : e.getMessage().lines().findFirst().orElse("");
            throw new BadQueryException("cannot parse query '" + query + "': " + why, e);
        } catch (IllegalArgumentException | TooComplexToDeterminizeException e) {
            // a regular expression (/.../) is compiled while parsing: a malformed or explosive one is a bad query
            throw new BadQueryException("cannot parse query '" + query + "': " + e.getMessage(), e);
        }
    }

    private Query speakerQuery(EntityCatalog catalog, String speaker) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        List<BytesRef> keys = new ArrayList<>();
        for (KbEntity e : catalog.find(speaker)) catalog.keysOf(e.id()).forEach(k -> keys.add(new BytesRef(k)));
        if (!keys.isEmpty()) b.add(new TermInSetQuery(Fields.SPEAKER_KEY, keys), Occur.SHOULD);
        b.add(parse(new QueryParser(Fields.SPEAKER_NAME, analyzer), '"' + QueryParser.escape(speaker) + '"', 1),
                Occur.SHOULD);
        return b.build();
    }

    /** The filter clauses the restrictions make: none when they restrict nothing. */
    private static List<BooleanClause> filterClauses(SearchFilters f, EntityCatalog catalog) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
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
        if (f.language() != null) q.add(new TermQuery(new Term(Fields.LANGUAGE, f.language())), Occur.FILTER);
        if (f.from() != null || f.to() != null) {
            long from = f.from() == null ? Long.MIN_VALUE : f.from().toEpochDay();
            long to = f.to() == null ? Long.MAX_VALUE : f.to().toEpochDay();
            q.add(LongPoint.newRangeQuery(Fields.PUBLISHED_DAY, from, to), Occur.FILTER);
        }
        return q.build().clauses();
    }

    /**
     * The page's hits with their snippets, each shown by the article {@code shownInstead} names where {@code
     * matching} (the query with its filters) finds that one too; {@code shownInstead} may be null.
     */
    private List<SearchHit> hits(Snapshot snap, Query userQuery, Query matching, ScoreDoc[] page,
                                 UnaryOperator<String> shownInstead) throws IOException {
        if (page.length == 0) return List.of();
        ScoreDoc[] shown = page.clone();
        Document[] docs = new Document[page.length];
        List<Map<String, String>> fields = new ArrayList<>(page.length);
        // one read per hit serves both the hit and its snippets: decompressing stored fields is a tenth of a search's
        // CPU, and the highlighter would otherwise read each text again
        StoredFields stored = snap.searcher().storedFields();
        for (int i = 0; i < page.length; i++) {
            docs[i] = stored.document(page[i].doc, HIT_FIELDS);
            fields.add(hitFields(docs[i].get(Fields.ARTICLE_JSON)));
        }
        if (shownInstead != null) showInstead(snap, userQuery, matching, shownInstead, shown, docs, fields);
        int[] docIds = new int[page.length];
        Map<Integer, String> texts = new HashMap<>();
        for (int i = 0; i < page.length; i++) {
            docIds[i] = shown[i].doc;
            String text = docs[i].get(Fields.TEXT);
            texts.put(docIds[i], text == null ? "" : text);
        }
        // only the articles shown are highlighted: a replaced hit's snippets would be made for nothing
        List<List<Snippet>> snippets = new SnippetHighlighter(snap.searcher(), analyzer, texts)
                .snippets(Fields.TEXT, userQuery, docIds, SNIPPETS_PER_HIT);
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Map<String, String> a = fields.get(i);
            hits.add(new SearchHit(a.getOrDefault("id", ""), a.getOrDefault("kind", "article"),
                    Boolean.parseBoolean(a.get("truncated")), a.get("title"), a.get("url"), a.get("publisher"),
                    a.get("published"), a.get("language"), shown[i].score, snippets.get(i)));
        }
        return hits;
    }

    /** Puts in place of each hit the article {@code shownInstead} names for it, where {@code matching} finds it. */
    private static void showInstead(Snapshot snap, Query userQuery, Query matching, UnaryOperator<String> shownInstead,
                                    ScoreDoc[] shown, Document[] docs, List<Map<String, String>> fields)
            throws IOException {
        Map<String, Integer> slotOf = new HashMap<>();
        for (int i = 0; i < shown.length; i++) {
            String id = fields.get(i).get("id");
            String other = id == null ? null : shownInstead.apply(id);
            if (other != null && !other.equals(id)) slotOf.put(other, i);
        }
        if (slotOf.isEmpty()) return;
        // mention and quote documents carry their article's id too: the type filter keeps the article alone
        Query others = new BooleanQuery.Builder().add(matching, Occur.MUST).add(ARTICLES, Occur.FILTER)
                .add(new TermInSetQuery(Fields.ARTICLE_ID, slotOf.keySet().stream().map(BytesRef::new).toList()),
                        Occur.FILTER).build();
        StoredFields stored = snap.searcher().storedFields();
        for (ScoreDoc found : snap.searcher().search(others, slotOf.size()).scoreDocs) {
            Document doc = stored.document(found.doc, HIT_FIELDS);
            Map<String, String> f = hitFields(doc.get(Fields.ARTICLE_JSON));
            Integer slot = slotOf.get(f.get("id"));
            if (slot == null) continue;
            // browsing newest first scores nothing, and its hits say so with a score of 0
            shown[slot] = new ScoreDoc(found.doc, userQuery instanceof MatchAllDocsQuery ? 0f : found.score);
            docs[slot] = doc;
            fields.set(slot, f);
        }
    }

    /**
     * The scalar fields of {@link #HIT_JSON_FIELDS} in a stored article's JSON, absent where missing or null; the
     * parser steps over everything else (authors, kind, ...) without building it.
     */
    private static Map<String, String> hitFields(String articleJson) throws IOException {
        Map<String, String> fields = new HashMap<>();
        try (JsonParser p = Json.MAPPER.getFactory().createParser(articleJson)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException("stored article is not a JSON object");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (!HIT_JSON_FIELDS.contains(name)) {
                    p.skipChildren();
                } else if (value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                    fields.put(name, p.getText());
                } else {
                    // the last occurrence wins, as in a tree read, also when it is null
                    fields.remove(name);
                    p.skipChildren();
                }
            }
        }
        return fields;
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

    public static void checkPaging(int limit, int offset) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadQueryException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        if (offset < 0 || offset + limit > MAX_WINDOW) {
            throw new BadQueryException("offset must be at least 0 and offset + limit at most " + MAX_WINDOW);
        }
    }
}
