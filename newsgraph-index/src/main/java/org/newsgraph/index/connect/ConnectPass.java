package org.newsgraph.index.connect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.newsgraph.dedup.CopyGroup;
import org.newsgraph.index.internal.Fields;
import org.newsgraph.index.internal.Json;
import org.newsgraph.index.internal.Snapshot;
import org.newsgraph.index.internal.Snapshots;
import org.newsgraph.index.internal.StoredRecords;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.ArticleKind;
import org.newsgraph.story.Story;

/**
 * Connects newly committed articles: places every pending article (its story field still {@link Fields#PENDING})
 * in the near-duplicate index and the story clusterer, in publication order, then stores each one's story ordinal
 * and canonical copy in the index as numeric doc values.
 *
 * <p>Kill-safe in this order: (1) the state with the new articles is written atomically, (2) the doc values are
 * updated and committed, (3) the readers' view is written. A crash before (1) leaves the articles pending and the
 * old state, so the next pass places them as if for the first time; a crash between (1) and (2) leaves them pending
 * but known, and placing a known article only reads where it went, so nothing is counted twice; a crash before
 * (3) leaves an older view, rewritten by the next pass. When the state is missing or unreadable every article is
 * pending and the state is rebuilt from the index.
 *
 * <p>Not thread-safe: run it with no writes going on (inside the ingest commit lock).
 */
public final class ConnectPass {

    static final String STATE = "state.bin";
    static final String VIEW = "view.json";
    private static final Query ARTICLES = new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_ARTICLE)), Occur.FILTER)
            .add(new TermQuery(new Term(Fields.KIND, ArticleKind.ARTICLE.jsonName())), Occur.FILTER).build();

    private final Path dir;
    private final IndexWriter writer;
    private final Snapshots snapshots;
    private ConnectState state;
    private boolean rebuild;
    private long nanos;
    private long placed;

    /** @param dir the connect directory of a data directory ({@code DATA/connect}) */
    public ConnectPass(Path dir, IndexWriter writer, Snapshots snapshots) {
        this.dir = dir;
        this.writer = writer;
        this.snapshots = snapshots;
    }

    /**
     * Places what is pending in the committed index; returns how many articles it placed. When it placed any, the
     * caller commits the writer (the doc values), then calls {@link #publish()}.
     */
    public int run() throws IOException {
        long start = System.nanoTime();
        if (state == null) {
            state = StateFile.read(dir.resolve(STATE));
            rebuild = state == null;
            if (rebuild) state = new ConnectState();
        }
        List<AnalyzedArticle> pending = pending();
        if (pending.isEmpty()) {
            nanos += System.nanoTime() - start;
            return 0;
        }
        pending.sort(Comparator.comparing((AnalyzedArticle a) -> a.article().published(),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(a -> a.article().id()));
        int before = state.size();
        List<ConnectState.Placement> placements = new ArrayList<>(pending.size());
        for (AnalyzedArticle a : pending) placements.add(state.place(a));
        if (state.size() > before) StateFile.write(dir.resolve(STATE), state);
        for (ConnectState.Placement p : placements) update(p);
        rebuild = false;
        placed += pending.size();
        nanos += System.nanoTime() - start;
        return pending.size();
    }

    /** Writes the readers' view when it is older than the state (after a pass that placed articles, or a crash). */
    public void publish() throws IOException {
        if (state == null || state.size() == 0) return;
        long start = System.nanoTime();
        Path view = dir.resolve(VIEW);
        if (Files.exists(view) && ConnectViews.generation(view) == state.size()) return;
        List<Story> stories = state.stories();
        List<CopyGroup> groups = state.groups();
        ConnectView v = new ConnectView(state.size(), stories, groups, state.articles(stories, groups));
        StateFile.writeAtomically(view, out -> Json.MAPPER.writeValue(out, v));
        nanos += System.nanoTime() - start;
    }

    /** Articles placed by this pass object so far, and the time spent placing them and writing state and view. */
    public long placed() {
        return placed;
    }

    public long nanos() {
        return nanos;
    }

    private void update(ConnectState.Placement p) throws IOException {
        long canonical = state.sequenceOf(p.group().canonical());
        writer.updateDocValues(new Term(Fields.ARTICLE_ID, p.articleId()),
                new NumericDocValuesField(Fields.STORY, p.story()),
                new NumericDocValuesField(Fields.COPY_OF, canonical));
        // a new member can change the group's canonical copy (an earlier or the original publisher's)
        for (String member : p.group().members()) {
            if (!member.equals(p.articleId())) {
                writer.updateNumericDocValue(new Term(Fields.ARTICLE_ID, member), Fields.COPY_OF, canonical);
            }
        }
    }

    private List<AnalyzedArticle> pending() throws IOException {
        List<AnalyzedArticle> out = new ArrayList<>();
        snapshots.refresh();
        try (Snapshot snap = snapshots.acquire()) {
            IndexSearcher searcher = snap.searcher();
            Weight weight = searcher.createWeight(searcher.rewrite(ARTICLES), ScoreMode.COMPLETE_NO_SCORES, 1);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) continue;
                NumericDocValues story = DocValues.getNumeric(leaf.reader(), Fields.STORY);
                Bits live = leaf.reader().getLiveDocs();
                DocIdSetIterator it = scorer.iterator();
                for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                    if (live != null && !live.get(doc)) continue;
                    boolean placedBefore = story.advanceExact(doc) && story.longValue() != Fields.PENDING;
                    if (placedBefore && !rebuild) continue;
                    out.add(StoredRecords.analyzed(leaf.reader().storedFields().document(doc, STORED)));
                }
            }
        }
        return out;
    }

    private static final Set<String> STORED = Set.of(Fields.ARTICLE_JSON, Fields.TEXT, Fields.ANALYSIS_JSON);
}
