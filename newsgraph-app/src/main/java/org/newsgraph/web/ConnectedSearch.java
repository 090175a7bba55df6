package org.newsgraph.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsgraph.dedup.CopyGroup;
import org.newsgraph.index.ArticleRef;
import org.newsgraph.index.Connections;
import org.newsgraph.index.SearchFacets;
import org.newsgraph.index.SearchFilters;
import org.newsgraph.index.SearchHit;
import org.newsgraph.index.SearchResult;
import org.newsgraph.index.Searcher;
import org.newsgraph.index.Snippet;
import org.newsgraph.story.Story;

/**
 * Search hits with their story and copies and, on request, grouped by story. The searcher folds the copies (each
 * group shows once, at the rank of its best-ranked member); this shows the group's canonical article in that place
 * when the search finds it too (a reader takes the hit for the source: browsing newest first, the best-ranked member
 * is the latest copy), and adds how many copies a hit has, the ids of the first {@value #COPY_IDS} of them ("and 12
 * copies") and its story, from the connect pass's view. The API and {@code newsgraph search} answer with it alike.
 */
public final class ConnectedSearch {
    /**
     * Copy ids a hit lists at most; {@code copies} is always the exact count, and {@code
     * /api/articles/{id}/connections} lists them all. On a base where every article has 242 copies, writing every id
     * of every hit was a large part of a search's JSON.
     */
    static final int COPY_IDS = 10;

    /** A search hit with its story and copies. */
    public record Hit(String id, String kind, boolean truncated, String title, String url, String publisher,
                      String published, String language, float score, List<Snippet> snippets, String story,
                      String storyLabel, int copies, List<String> copyIds) {
    }

    /** Hits of one story, in rank order of their first hit; the story is null for articles not yet connected. */
    public record StoryGroup(String story, String label, int articleCount, List<Hit> hits) {
    }

    /**
     * @param totalHits    matching articles, copies included
     * @param copiesFolded hits folded into a better-ranked copy, among the ranks up to the page's last hit
     * @param groups       the page's hits by story, when asked for; else null
     * @param message      what the hits alone do not say (an entity filter that names no entity, a query that can
     *                     match nothing, articles indexed before accents were folded), or null
     */
    public record Result(long totalHits, int offset, int copiesFolded, List<Hit> hits, SearchFacets facets,
                  List<StoryGroup> groups, String message) {
    }

    private final Searcher searcher;
    private final Connections connections;

    public ConnectedSearch(Searcher searcher, Connections connections) {
        this.searcher = searcher;
        this.connections = connections;
    }

    /**
     * Browsing newest first shows each folded group by its original, where a syndicated story's latest copy would
     * stand for it; a ranked search shows the best-scoring member, as the original would cost a second query on every
     * page that holds a copy (+45% handler CPU on the load benchmark's base, pushing p99 to its 50 ms bound).
     */
    public Result search(String query, SearchFilters filters, int limit, int offset, boolean byStory) {
        boolean browsing = query == null || query.isBlank();
        SearchResult r = searcher.search(query, filters, limit, offset, browsing
                ? id -> connections.copiesOf(id).map(CopyGroup::canonical).orElse(null) : null);
        List<Hit> page = r.hits().stream().map(this::hit).toList();
        return new Result(r.totalHits(), offset, r.copiesFolded(), page, r.facets(), byStory ? groups(page) : null,
                message(browsing ? null : oldAnalysis(), r.totalHits() == 0 ? unknownEntity(filters) : null,
                        r.totalHits() == 0 ? searcher.unmatchable(query) : null));
    }

    /** The notes that apply, in one line; null when none does. */
    private static String message(String... notes) {
        List<String> said = Arrays.stream(notes).filter(Objects::nonNull).toList();
        return said.isEmpty() ? null : String.join("; ", said);
    }

    /** Words in articles indexed before accents were folded are found only as written there: never silently. */
    private String oldAnalysis() {
        int old = searcher.articlesAnalysedBefore();
        if (old == 0) return null;
        return old + (old == 1 ? " article was" : " articles were") + " indexed before searches matched words without"
                + " their accents ('Fernandez' for 'Fernández'); in " + (old == 1 ? "it" : "them") + " such words are"
                + " found only as written until 'newsgraph reindex --all' indexes them again";
    }

    /**
     * Without a word, an entity filter naming no entity would read as an entity that no article mentions. Asked only
     * of a search that found nothing (a filter naming no entity finds nothing), so a search that found hits does not
     * look the name up a second time.
     */
    private String unknownEntity(SearchFilters filters) {
        if (filters == null || filters.entity() == null || filters.entity().isBlank()) return null;
        String name = filters.entity().strip();
        return searcher.entitiesFor(name).isEmpty() ? "no entity named '" + name + "'" : null;
    }

    private Hit hit(SearchHit h) {
        ArticleRef ref = connections.article(h.id()).orElse(null);
        List<String> members = connections.copiesOf(h.id()).map(CopyGroup::members).orElse(List.of());
        String story = ref == null ? null : ref.story();
        String label = story == null ? null : connections.story(story).map(Story::label).orElse(null);
        return new Hit(h.id(), h.kind(), h.truncated(), h.title(), h.url(), h.publisher(), h.published(),
                h.language(), h.score(),
                h.snippets(), story, label, others(members, h.id()), firstOthers(members, h.id()));
    }

    /** How many members of a copy group are not {@code self}. */
    static int others(List<String> members, String self) {
        return members.contains(self) ? members.size() - 1 : members.size();
    }

    /** The first {@value #COPY_IDS} members of a copy group other than {@code self}, in the group's order. */
    static List<String> firstOthers(List<String> members, String self) {
        return members.stream().filter(id -> !id.equals(self)).limit(COPY_IDS).toList();
    }

    private List<StoryGroup> groups(List<Hit> hits) {
        Map<String, List<Hit>> byStory = new LinkedHashMap<>();
        for (Hit h : hits) byStory.computeIfAbsent(h.story() == null ? "" : h.story(), s -> new ArrayList<>()).add(h);
        List<StoryGroup> out = new ArrayList<>(byStory.size());
        byStory.forEach((id, members) -> {
            Story s = id.isEmpty() ? null : connections.story(id).orElse(null);
            out.add(new StoryGroup(s == null ? null : id, s == null ? null : s.label(),
                    s == null ? members.size() : s.articleCount(), members));
        });
        return out;
    }
}
