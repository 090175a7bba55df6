package org.newsgraph.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.index.BadQueryException;
import org.newsgraph.index.Connections;
import org.newsgraph.index.EntityPage;
import org.newsgraph.index.SearchFilters;
import org.newsgraph.index.Searcher;
import org.newsgraph.index.StoredArticle;
import org.newsgraph.model.EntityType;

/** The JSON API over the knowledge base's queries (documented in docs/api.md). */
final class Api {
    private static final int DEFAULT_LIMIT = 10;
    private static final int DEFAULT_QUOTES = 20;

    private final Searcher searcher;
    private final ConnectedSearch connectedSearch;
    private final ConnectedQuotes connectedQuotes;

    Api(Searcher searcher, Connections connections) {
        this.searcher = searcher;
        this.connectedSearch = new ConnectedSearch(searcher, connections);
        this.connectedQuotes = new ConnectedQuotes(connections);
    }

    /** Registers the endpoints; all but the health check do their work inside {@code gate}. */
    void register(Javalin app, AdmissionGate gate) {
        app.get("/api/health", this::health);
        app.get("/api/search", gate.guard(this::search));
        app.get("/api/articles/{id}", gate.guard(this::article));
        app.get("/api/articles/{id}/versions", gate.guard(this::versions));
        app.get("/api/entities", gate.guard(this::entities));
        app.get("/api/entities/{id}", gate.guard(this::entity));
        app.get("/api/quotes", gate.guard(this::quotes));
    }

    private void health(Context ctx) {
        ctx.json(Map.of("status", "ok", "articles", searcher.articleCount()));
    }

    private void search(Context ctx) {
        SearchFilters filters = new SearchFilters(Params.text(ctx, "entity"), Params.text(ctx, "publisher"),
                Params.date(ctx, "from"), Params.date(ctx, "to"), SearchFilters.language("lang", Params.text(ctx, "lang")));
        ctx.json(connectedSearch.search(Params.text(ctx, "q"), filters,
                Params.limit(ctx, "limit", DEFAULT_LIMIT), Params.offset(ctx), groupByStory(Params.text(ctx, "group"))));
    }

    private void article(Context ctx) {
        String id = ctx.pathParam("id");
        StoredArticle a = searcher.article(id).orElseThrow(() -> new NotFoundResponse("no article with id '" + id + "'"));
        ctx.json(a);
    }

    /** The earlier versions kept of an article (the same address, replaced by a newer text), latest first. */
    private void versions(Context ctx) {
        String id = ctx.pathParam("id");
        var versions = searcher.versions(id)
                .orElseThrow(() -> new NotFoundResponse("no article or version with id '" + id + "'"));
        ctx.json(Map.of("id", id, "versions", versions));
    }

    private void entities(Context ctx) {
        ctx.json(searcher.entities(entityType(Params.text(ctx, "type")), Params.text(ctx, "name"),
                Params.limit(ctx, "limit", DEFAULT_LIMIT), Params.offset(ctx)));
    }

    private void entity(Context ctx) {
        String id = ctx.pathParam("id");
        EntityPage page = searcher.entity(id, Params.limit(ctx, "quotes", DEFAULT_QUOTES))
                .orElseThrow(() -> new NotFoundResponse("no entity with id '" + id + "'"));
        ctx.json(new ConnectedEntityPage(page.entity(), connectedQuotes.fold(page.quotes()), page.coMentioned(),
                page.coMentionedSampled(), page.mentionsPerDay()));
    }

    private void quotes(Context ctx) {
        String speaker = Params.text(ctx, "speaker");
        ConnectedQuotes.QuotePage page = connectedQuotes.fold(searcher.quotes(speaker,
                Params.text(ctx, "q"), Params.limit(ctx, "limit", DEFAULT_LIMIT), Params.offset(ctx)));
        ctx.json(Noted.unknownName(page, page.total(), "entity", name -> !searcher.entitiesFor(name).isEmpty(),
                speaker));
    }

    private static boolean groupByStory(String group) {
        if (group == null) return false;
        if (group.equals("story")) return true;
        throw new BadQueryException("group must be 'story', not '" + group + "'");
    }

    /** A type name the index knows, or null for all; an unknown one is refused rather than silently matching none. */
    private static String entityType(String type) {
        if (type == null) return null;
        for (EntityType t : EntityType.values()) {
            if (t.name().equalsIgnoreCase(type)) return t.name();
        }
        throw new BadQueryException("type must be one of " + Arrays.stream(EntityType.values())
                .map(t -> t.name().toLowerCase(Locale.ROOT)).toList() + ", not '" + type + "'");
    }
}
