package org.newsgraph.index.connect;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.dedup.CopyGroup;
import org.newsgraph.dedup.DedupDocument;
import org.newsgraph.dedup.DedupParams;
import org.newsgraph.dedup.NearDuplicateIndex;
import org.newsgraph.index.ArticleRef;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.story.Story;
import org.newsgraph.story.StoryClusterer;
import org.newsgraph.story.StoryInput;
import org.newsgraph.story.StoryParams;

/**
 * The incremental near-duplicate index and story clusterer of one knowledge base, with the numbers the index
 * stores for them: each article's sequence number (the order it was placed in) and each story's ordinal (the order
 * it was opened in). Placing an article is idempotent, so a pass repeated after a crash changes nothing.
 */
final class ConnectState implements Serializable {

    private static final long serialVersionUID = 1L;

    private final NearDuplicateIndex copies = new NearDuplicateIndex(DedupParams.DEFAULT);
    private final StoryClusterer clusterer = new StoryClusterer(StoryParams.DEFAULT);
    private final Map<String, Integer> sequence = new HashMap<>();
    private final Map<String, Integer> storyOrdinals = new HashMap<>();
    private final Map<String, String[]> titlePublisherDate = new HashMap<>();

    /** Where an article went: its story's ordinal and its copy group, canonical member first known. */
    record Placement(String articleId, int story, CopyGroup group) {
    }

    /** Places an article, or returns where it already is. */
    Placement place(AnalyzedArticle analyzed) {
        String id = analyzed.article().id();
        if (!sequence.containsKey(id)) {
            copies.add(DedupDocument.of(analyzed.article()));
            sequence.put(id, sequence.size());
            var a = analyzed.article();
            titlePublisherDate.put(id, new String[] {a.title(), a.publisher(), a.published()});
        }
        StoryClusterer.Assignment a = clusterer.add(StoryInput.of(analyzed));
        storyOrdinals.putIfAbsent(a.storyId(), storyOrdinals.size());
        return new Placement(id, storyOrdinals.get(a.storyId()), copies.groupOf(id));
    }

    boolean contains(String articleId) {
        return sequence.containsKey(articleId);
    }

    int sequenceOf(String articleId) {
        Integer n = sequence.get(articleId);
        if (n == null) throw new IllegalArgumentException("article " + articleId + " was never placed");
        return n;
    }

    /** How many articles were placed: the state's generation. */
    int size() {
        return sequence.size();
    }

    List<Story> stories() {
        return clusterer.stories();
    }

    List<CopyGroup> groups() {
        return copies.groups();
    }

    /** Every placed article with its story and canonical copy, in placement order. */
    List<ArticleRef> articles(List<Story> stories, List<CopyGroup> groups) {
        Map<String, String> storyOf = new HashMap<>();
        for (Story s : stories) for (String id : s.articleIds()) storyOf.put(id, s.id());
        Map<String, String> canonicalOf = new HashMap<>();
        for (CopyGroup g : groups) for (String id : g.members()) canonicalOf.put(id, g.canonical());
        ArticleRef[] out = new ArticleRef[sequence.size()];
        sequence.forEach((id, n) -> {
            String[] m = titlePublisherDate.get(id);
            out[n] = new ArticleRef(id, m[0], m[1], m[2], storyOf.get(id), canonicalOf.getOrDefault(id, id));
        });
        return List.of(out);
    }
}
