package org.newsgraph.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.dedup.CopyGroup;
import org.newsgraph.index.ArticleRef;
import org.newsgraph.index.BadQueryException;
import org.newsgraph.index.Connections;
import org.newsgraph.index.Searcher;
import org.newsgraph.index.StorySummary;
import org.newsgraph.story.Story;
import org.newsgraph.story.TimelineDay;

/** The stories endpoints (docs/api.md): stories listed, one story with its articles, sources and timeline. */
final class StoriesApi {
    private static final int DEFAULT_LIMIT = 10;

    /** A publisher of a story and how many of its articles it published. */
    record Source(String publisher, int articles) {
    }

    record StoryPage(String id, String label, List<String> keyEntities, List<String> keyTerms, String firstSeen,
                     String lastSeen, int articleCount, int sourceCount, List<ArticleRef> articles,
                     List<Source> sources, List<TimelineDay> timeline, List<StorySummary> earlier,
                     List<StorySummary> later) {
    }

    /**
     * Where an article sits: its story (null before the connect pass reached it) and its copies, with the canonical
     * copy's title, publisher and date (null without copies), so a copy can name its original.
     */
    record ArticleConnections(String articleId, StorySummary story, CopyGroup copies, ArticleRef canonicalArticle) {
    }

    private final Connections connections;
    private final Searcher searcher;

    StoriesApi(Connections connections, Searcher searcher) {
        this.connections = connections;
        this.searcher = searcher;
    }

    void register(Javalin app, AdmissionGate gate) {
        app.get("/api/stories", gate.guard(this::stories));
        app.get("/api/stories/{id}", gate.guard(this::story));
        app.get("/api/articles/{id}/connections", gate.guard(this::articleConnections));
    }

    private void stories(Context ctx) {
        int limit = Params.limit(ctx, "limit", DEFAULT_LIMIT);
        int offset = Params.offset(ctx);
        Searcher.checkPaging(limit, offset); // the bounds every other list keeps
        ctx.json(connections.stories(order(Params.text(ctx, "sort")), limit, offset));
    }

    private void story(Context ctx) {
        String id = ctx.pathParam("id");
        Story s = connections.story(id).orElseThrow(() -> new NotFoundResponse("no story with id '" + id + "'"));
        List<ArticleRef> articles = new ArrayList<>(s.articleCount());
        Map<String, Integer> perPublisher = new LinkedHashMap<>();
        for (String articleId : s.articleIds()) {
            ArticleRef a = connections.article(articleId).orElse(null);
            if (a == null) continue;
            articles.add(a);
            if (a.publisher() != null && !a.publisher().isBlank()) perPublisher.merge(a.publisher().strip(), 1, Integer::sum);
        }
        List<Source> sources = new ArrayList<>();
        perPublisher.forEach((p, n) -> sources.add(new Source(p, n)));
        sources.sort((a, b) -> Integer.compare(b.articles(), a.articles()));
        List<StorySummary> line = connections.line(id).stream().map(StorySummary::of).toList();
        int at = line.indexOf(StorySummary.of(s));
        ctx.json(new StoryPage(s.id(), s.label(), s.keyEntities(), s.keyTerms(), s.firstSeen(), s.lastSeen(),
                s.articleCount(), s.sources(), articles, sources, s.timeline(), line.subList(0, Math.max(at, 0)),
                line.subList(at + 1, line.size())));
    }

    private void articleConnections(Context ctx) {
        String id = ctx.pathParam("id");
        if (!searcher.hasArticle(id)) throw new NotFoundResponse("no article with id '" + id + "'");
        StorySummary story = connections.article(id).flatMap(a -> connections.story(a.story()))
                .map(StorySummary::of).orElse(null);
        CopyGroup copies = connections.copiesOf(id).orElse(null);
        ArticleRef canonical = copies == null ? null : connections.article(copies.canonical()).orElse(null);
        ctx.json(new ArticleConnections(id, story, copies, canonical));
    }

    private static Connections.Order order(String sort) {
        if (sort == null) return Connections.Order.NEWEST;
        for (Connections.Order o : Connections.Order.values()) {
            if (o.name().equalsIgnoreCase(sort)) return o;
        }
        throw new BadQueryException("sort must be 'newest' or 'largest', not '" + sort.toLowerCase(Locale.ROOT) + "'");
    }
}
