package org.newsgraph.index.connect;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.newsgraph.dedup.CopyGroup;
import org.newsgraph.index.LanguageStopWords;
import org.newsgraph.dedup.DedupDocument;
import org.newsgraph.dedup.DedupParams;
import org.newsgraph.dedup.NearDuplicateIndex;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.story.Story;
import org.newsgraph.story.StoryClusterer;
import org.newsgraph.story.StoryInput;
import org.newsgraph.story.StoryParams;
import org.newsgraph.story.TimelineItem;

/**
 * The incremental near-duplicate index and story clusterer of one knowledge base, with the numbers the index
 * stores for them: each article's sequence number (the order it was placed in) and each story's ordinal (the order
 * it was opened in). Placing an article is idempotent, so a pass repeated after a crash changes nothing.
 *
 * <p>An article that left the index (a reindex gave it a new id) is removed: the story clusterer forgets it (its
 * words leave its story's centroid and the document frequencies, so later articles are placed as if it had never
 * been there), and its stories and copy groups list it no more. The copy index cannot forget a document's shingles
 * (its groups are unions), so those stay until the state is rebuilt (see {@link #worthRebuilding}).
 */
final class ConnectState implements Serializable {

    private static final long serialVersionUID = 3L;

    private final NearDuplicateIndex copies = new NearDuplicateIndex(DedupParams.DEFAULT);
    private final StoryParams storyParams;
    private final StoryClusterer clusterer;
    private final Map<String, Integer> sequence = new HashMap<>();
    private final Map<String, Integer> storyOrdinals = new HashMap<>();
    /** For each story ordinal, the clusterer's id of the story. */
    private final List<String> storyIds = new ArrayList<>();
    private final Map<String, Meta> meta = new HashMap<>();
    private final Set<String> removed = new HashSet<>();
    /** Tells this state's journal from that of a state it replaced (a rebuild starts a new history). */
    private final long history = ThreadLocalRandom.current().nextLong();
    /** Placements and removals applied so far: the position in the journal, the generation of the view. */
    private long operations;

    ConnectState(StoryParams storyParams) {
        this.storyParams = storyParams;
        this.clusterer = StoryClusterer.withBackground(storyParams);
    }

    /** The parameters the stories were clustered with: a state clustered under others is rebuilt, not continued. */
    StoryParams storyParams() {
        return storyParams;
    }

    /** What readers list of an article, and the day its story counted it on. */
    private record Meta(String title, String publisher, String published, Integer day) implements Serializable {
    }

    /**
     * Where an article went: its story's ordinal and its copy group, canonical member first known; {@code changed}
     * when placing it changed the state (it was new, or had been removed), so it goes into the journal.
     */
    record Placement(String articleId, int story, String storyId, List<TimelineItem> items, CopyGroup group,
                     boolean changed) {
    }

    /** Places an article, or returns where it already is (bringing it back when it had been removed). */
    Placement place(AnalyzedArticle analyzed) {
        String id = analyzed.article().id();
        StoryInput input = StoryInput.of(analyzed, LanguageStopWords.LUCENE);
        boolean changed = !sequence.containsKey(id) || removed.contains(id);
        // stored again under its id (reindexed): its place stays, its timeline follows the new analysis
        if (!changed && clusterer.reanalysed(input)) {
            operations++;
            return new Placement(id, storyOrdinals.get(clusterer.storyIdOf(id)), clusterer.storyIdOf(id),
                    input.items(), copies.groupOf(id), true);
        }
        if (!sequence.containsKey(id)) {
            copies.add(DedupDocument.of(analyzed.article()));
            sequence.put(id, sequence.size());
            var a = analyzed.article();
            meta.put(id, new Meta(a.title(), a.publisher(), a.published(), input.publishedDay()));
        }
        removed.remove(id);
        StoryClusterer.Assignment a = clusterer.add(input);
        if (storyOrdinals.putIfAbsent(a.storyId(), storyOrdinals.size()) == null) storyIds.add(a.storyId());
        if (changed) operations++;
        return new Placement(id, storyOrdinals.get(a.storyId()), a.storyId(), input.items(), copies.groupOf(id),
                changed);
    }

    /**
     * Takes an article that left the index out of its story (and the clusterer's state) and out of what readers
     * see; returns the ordinal of the story it left, or -1 when it was not live.
     */
    int remove(String articleId) {
        if (!isLive(articleId)) return -1;
        String storyId = clusterer.storyIdOf(articleId);
        clusterer.remove(articleId);
        removed.add(articleId);
        operations++;
        return storyOrdinals.get(storyId);
    }

    boolean isLive(String articleId) {
        return sequence.containsKey(articleId) && !removed.contains(articleId);
    }

    int sequenceOf(String articleId) {
        Integer n = sequence.get(articleId);
        if (n == null) throw new IllegalArgumentException("article " + articleId + " was never placed");
        return n;
    }

    long history() {
        return history;
    }

    long operations() {
        return operations;
    }

    /** Articles placed and not removed. */
    int liveSize() {
        return sequence.size() - removed.size();
    }

    Set<String> placedIds() {
        return sequence.keySet();
    }

    /** When a quarter of what the copy index holds has left the index, a rebuild from the index is worth its cost. */
    boolean worthRebuilding() {
        return removed.size() > 100 && removed.size() * 4L > sequence.size();
    }

    /** The story of the given ordinal, or null when every article it held was removed. */
    Story story(int ordinal) {
        return clusterer.story(storyIds.get(ordinal));
    }

    int storyCount() {
        return storyIds.size();
    }

    /** The line readers get for a live article of the given story, with its timeline items. */
    ViewLine.Placed line(String articleId, String storyId, List<TimelineItem> items) {
        Meta m = meta.get(articleId);
        return new ViewLine.Placed(articleId, sequence.get(articleId), m.title(), m.publisher(), m.published(),
                m.day(), storyId, items);
    }

    /** The live members of the article's copy group, canonical first known; a group of one means no copies. */
    CopyGroup group(String articleId) {
        return live(copies.groupOf(articleId));
    }

    private CopyGroup live(CopyGroup g) {
        if (removed.isEmpty()) return g;
        List<String> live = g.members().stream().filter(id -> !removed.contains(id)).toList();
        if (live.isEmpty()) return null;
        return new CopyGroup(live.contains(g.canonical()) ? g.canonical() : live.get(0), live);
    }

    /** Every copy group of two or more live members, in the order their first member was placed. */
    List<CopyGroup> groups() {
        List<CopyGroup> out = new ArrayList<>();
        for (CopyGroup g : copies.groups()) {
            CopyGroup live = live(g);
            if (live != null && live.members().size() > 1) out.add(live);
        }
        return out;
    }
}
