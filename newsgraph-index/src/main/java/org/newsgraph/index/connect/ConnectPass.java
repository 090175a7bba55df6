package org.newsgraph.index.connect;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
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
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.newsgraph.dedup.CopyGroup;
import org.newsgraph.index.internal.Fields;
import org.newsgraph.index.internal.Json;
import org.newsgraph.index.internal.Snapshot;
import org.newsgraph.index.internal.Snapshots;
import org.newsgraph.index.internal.StoredRecords;
import org.newsgraph.model.ArticleKind;
import org.newsgraph.story.Story;
import org.newsgraph.story.StoryParams;

/**
 * Connects newly committed articles: places every pending article (its story field still {@link Fields#PENDING})
 * in the near-duplicate index and the story clusterer, in publication order, then stores each one's story ordinal
 * and canonical copy in the index as numeric doc values; takes articles that left the index (replaced under new ids
 * by a reindex) out of the stories and copy groups readers see.
 *
 * <p>On disk ({@code DATA/connect}): a snapshot of the state ({@code state.bin}), the {@link Journal} of what was
 * applied since, and the readers' {@link ViewLog}. A pass costs what it places, not what the knowledge base holds:
 * it appends to the journal and the view, and the snapshot is rewritten only when the journal reaches a quarter of
 * the state (so rewriting it costs a constant per article over time) and when a session ends ({@link #checkpoint}).
 * Loading replays the journal over the snapshot (after a crash; replaying costs what placing did), reading the
 * articles from the index; a journal line whose article is gone or changed (its fingerprint
 * differs) cannot be replayed exactly, and the state is then rebuilt from the index, streaming the articles in
 * publication order.
 *
 * <p>Kill-safe in this order: (1) the journal lines of a pass are forced to disk, (2) the doc values are updated
 * and committed, (3) the view lines are appended. A crash before (1) leaves the articles pending, placed again as if
 * for the first time; between (1) and (2) they are pending but known, and placing a known article only reads where
 * it went; before (3) the view ends at an older generation and is rewritten whole by the next pass.
 *
 * <p>Not thread-safe: run it with no writes going on (inside the ingest commit lock).
 */
public final class ConnectPass {

    static final String STATE = "state.bin";
    static final String JOURNAL = "journal.log";
    static final String VIEW = "view.jsonl";
    /** Snapshots are not taken for a journal shorter than this, whatever the state's size. */
    private static final int MIN_SNAPSHOT_JOURNAL = 1000;
    private static final Query ARTICLES = new BooleanQuery.Builder()
            .add(new TermQuery(Fields.ARTICLES), Occur.FILTER)
            .add(new TermQuery(new Term(Fields.KIND, ArticleKind.ARTICLE.jsonName())), Occur.FILTER).build();
    private static final Set<String> STORED = Set.of(Fields.ARTICLE_JSON, Fields.TEXT, Fields.ANALYSIS_JSON);
    private static final Set<String> SORT_FIELDS = Set.of(Fields.ARTICLE_ID, Fields.ARTICLE_JSON);

    private final Path dir;
    private final IndexWriter writer;
    private final Snapshots snapshots;
    private final StoryParams storyParams;
    private final ViewLog view;
    private ConnectState state;
    private Journal journal;
    private boolean rebuild;
    /** The view lines of what changed since the state stood at {@link #changesSince} operations. */
    private final List<ViewLine> changes = new ArrayList<>();
    private final Set<Integer> touchedStories = new LinkedHashSet<>();
    private final Set<String> touchedGroups = new LinkedHashSet<>();
    private long changesSince = -1;
    /** The copy_of value last written for each article this session, so a group's unchanged members are left be. */
    private final Map<String, Long> copyOfWritten = new HashMap<>();
    private long nanos;
    private long placed;

    /**
     * @param dir         the connect directory of a data directory ({@code DATA/connect})
     * @param storyParams how stories are clustered; a state clustered under other parameters is rebuilt from the index
     */
    public ConnectPass(Path dir, IndexWriter writer, Snapshots snapshots, StoryParams storyParams) {
        this.dir = dir;
        this.writer = writer;
        this.snapshots = snapshots;
        this.storyParams = storyParams;
        this.view = new ViewLog(dir.resolve(VIEW));
    }

    /**
     * Places what is pending in the committed index and removes what left it; returns how many articles it placed
     * or removed. When any, the caller commits the writer (the doc values), then calls {@link #publish()}.
     */
    public int run() throws IOException {
        long start = System.nanoTime();
        try {
            if (state == null) load();
            if (!rebuild && state.worthRebuilding()) startRebuild();
            snapshots.refresh();
            try (Snapshot snap = snapshots.acquire()) {
                List<Journal.Entry> entries = new ArrayList<>();
                int n = placePending(snap.searcher(), entries);
                n += removeGone(snap.searcher(), entries);
                if (rebuild) {
                    snapshot();
                    rebuild = false;
                } else {
                    journal.append(entries);
                    if (journal.size() >= Math.max(MIN_SNAPSHOT_JOURNAL, state.placedIds().size() / 4)) snapshot();
                }
                return n;
            }
        } finally {
            nanos += System.nanoTime() - start;
        }
    }

    /** Appends what the passes since the last publish changed to the readers' view (or rewrites it whole). */
    public void publish() throws IOException {
        if (state == null || state.operations() == 0) return;
        long start = System.nanoTime();
        for (int story : touchedStories) {
            Story s = state.story(story);
            if (s != null) changes.add(ViewLine.of(ViewLog.label(s))); // null: all its articles left
        }
        for (String member : touchedGroups) {
            CopyGroup g = state.group(member);
            if (g != null) changes.add(ViewLine.of(g));
        }
        view.publish(state, changes, changesSince);
        changes.clear();
        touchedStories.clear();
        touchedGroups.clear();
        changesSince = state.operations();
        nanos += System.nanoTime() - start;
    }

    /**
     * Writes a snapshot when the journal holds anything, so that the next session loads without replaying: called
     * when an ingest session ends. Reading the snapshot costs a session about what writing it does, so a session's
     * fixed cost grows with the knowledge base while a pass's cost follows only what it places.
     */
    public void checkpoint() throws IOException {
        if (state == null || rebuild || journal == null || journal.size() == 0) return;
        long start = System.nanoTime();
        snapshot();
        nanos += System.nanoTime() - start;
    }

    private void snapshot() throws IOException {
        StateFile.write(dir.resolve(STATE), state);
        journal = Journal.startAfter(dir.resolve(JOURNAL), state);
    }

    /** Articles placed by this pass object so far, and the time spent placing them and writing state and view. */
    public long placed() {
        return placed;
    }

    public long nanos() {
        return nanos;
    }

    private void load() throws IOException {
        state = StateFile.read(dir.resolve(STATE));
        if (state != null && !state.storyParams().equals(storyParams)) state = null;
        journal = state == null ? null : Journal.read(dir.resolve(JOURNAL));
        if (state != null && journal == null) {
            journal = Journal.startAfter(dir.resolve(JOURNAL), state); // lost or never written: nothing to replay
        } else if (state != null && !(journal.continues(state) && replay())) {
            state = null;
        }
        if (state == null) startRebuild();
        else changesSince = state.operations();
    }

    private void startRebuild() {
        state = new ConnectState(storyParams);
        rebuild = true;
        copyOfWritten.clear();
        changes.clear();
        touchedStories.clear();
        touchedGroups.clear();
        changesSince = -1; // the view is rewritten whole
    }

    /** Applies the journal's entries to the snapshot; false when one cannot be applied exactly. */
    private boolean replay() throws IOException {
        snapshots.refresh();
        try (Snapshot snap = snapshots.acquire()) {
            IndexSearcher searcher = snap.searcher();
            for (Journal.Entry e : journal.after(state)) {
                if (!e.placed()) {
                    if (!state.isLive(e.articleId())) return false;
                    state.remove(e.articleId());
                    continue;
                }
                TopDocs hit = searcher.search(new BooleanQuery.Builder().add(ARTICLES, Occur.FILTER)
                        .add(new TermQuery(new Term(Fields.ARTICLE_ID, e.articleId())), Occur.FILTER).build(), 1);
                if (hit.scoreDocs.length == 0) return false;
                Document d = searcher.storedFields().document(hit.scoreDocs[0].doc, STORED);
                if (fingerprint(d) != e.fingerprint()) return false;
                if (!state.place(StoredRecords.analyzed(d)).changed()) return false;
            }
        }
        return true;
    }

    /** An article to place, found by its sort key before its text is read. */
    private record Pending(String published, String id, LeafReader leaf, int doc) {
    }

    private int placePending(IndexSearcher searcher, List<Journal.Entry> entries) throws IOException {
        List<Pending> pending = new ArrayList<>();
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
                Document keys = leaf.reader().storedFields().document(doc, SORT_FIELDS);
                String published = Json.MAPPER.readTree(keys.get(Fields.ARTICLE_JSON)).path("published").asText(null);
                pending.add(new Pending(published, keys.get(Fields.ARTICLE_ID), leaf.reader(), doc));
            }
        }
        // only the sort keys are held: a rebuild streams the articles one at a time in this order
        pending.sort(Comparator.comparing(Pending::published, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Pending::id));
        for (Pending p : pending) {
            Document d = p.leaf().storedFields().document(p.doc(), STORED);
            ConnectState.Placement placement = state.place(StoredRecords.analyzed(d));
            if (placement.changed()) {
                entries.add(new Journal.Entry(true, p.id(), fingerprint(d)));
                changes.add(ViewLine.of(state.line(p.id(), placement.storyId(), placement.items())));
                touchedStories.add(placement.story());
                if (placement.group().members().size() > 1) touchedGroups.add(placement.group().members().get(0));
            }
            update(placement);
        }
        placed += pending.size();
        return pending.size();
    }

    /** Removes from the state the live articles the index no longer holds; returns how many. */
    private int removeGone(IndexSearcher searcher, List<Journal.Entry> entries) throws IOException {
        int inIndex = searcher.count(ARTICLES);
        if (state.liveSize() <= inIndex) return 0;
        Set<String> present = new HashSet<>(inIndex * 2);
        Weight weight = searcher.createWeight(searcher.rewrite(ARTICLES), ScoreMode.COMPLETE_NO_SCORES, 1);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) continue;
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live != null && !live.get(doc)) continue;
                present.add(leaf.reader().storedFields().document(doc, Set.of(Fields.ARTICLE_ID)).get(Fields.ARTICLE_ID));
            }
        }
        List<String> gone = new ArrayList<>();
        for (String id : state.placedIds()) if (state.isLive(id) && !present.contains(id)) gone.add(id);
        gone.sort(Comparator.comparingInt(state::sequenceOf));
        Map<String, CopyGroup> groups = new LinkedHashMap<>();
        for (String id : gone) {
            touchedStories.add(state.remove(id)); // its label may change without it
            entries.add(new Journal.Entry(false, id, 0));
            changes.add(ViewLine.removedArticle(id));
            copyOfWritten.remove(id);
            CopyGroup g = state.group(id);
            if (g != null && g.members().size() > 0) {
                groups.put(g.members().get(0), g);
                touchedGroups.add(g.members().get(0));
            }
        }
        // the survivors of a group whose canonical copy left point at the new one
        for (CopyGroup g : groups.values()) {
            long canonical = state.sequenceOf(g.canonical());
            for (String member : g.members()) writeCopyOf(member, canonical);
        }
        return gone.size();
    }

    private void update(ConnectState.Placement p) throws IOException {
        CopyGroup live = state.group(p.articleId());
        long canonical = state.sequenceOf(live == null ? p.articleId() : live.canonical());
        writer.updateDocValues(new Term(Fields.ARTICLE_ID, p.articleId()),
                new NumericDocValuesField(Fields.STORY, p.story()),
                new NumericDocValuesField(Fields.COPY_OF, canonical));
        copyOfWritten.put(p.articleId(), canonical);
        // a new member can change the group's canonical copy (an earlier or the original publisher's)
        if (live == null) return;
        for (String member : live.members()) {
            if (!member.equals(p.articleId())) writeCopyOf(member, canonical);
        }
    }

    private void writeCopyOf(String articleId, long canonical) throws IOException {
        Long before = copyOfWritten.put(articleId, canonical);
        if (before == null || before != canonical) {
            writer.updateNumericDocValue(new Term(Fields.ARTICLE_ID, articleId), Fields.COPY_OF, canonical);
        }
    }

    /** A 64-bit hash of what placing reads from an article's stored fields: a replay must see the same. */
    private static long fingerprint(Document d) {
        long h = 0x9e3779b97f4a7c15L;
        for (String field : List.of(Fields.ARTICLE_JSON, Fields.TEXT, Fields.ANALYSIS_JSON)) {
            String v = d.get(field);
            if (v == null) {
                h = h * 0x100000001b3L + 1;
                continue;
            }
            for (int i = 0; i < v.length(); i++) h = (h ^ v.charAt(i)) * 0x100000001b3L;
            h = (h ^ v.length()) * 0xff51afd7ed558ccdL;
        }
        return h;
    }
}
