package org.newsgraph.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Map;
import org.newsgraph.index.Dyad;
import org.newsgraph.index.EventFilter;
import org.newsgraph.index.EventItem;
import org.newsgraph.index.EventQueries;
import org.newsgraph.index.Page;
import org.newsgraph.index.PloverTypes;
import org.newsgraph.index.Searcher;

/** The JSON API over the coded events (documented in docs/api.md): listing, one event, and dyads. */
final class EventsApi {
    private static final int DEFAULT_LIMIT = 10;

    private final EventQueries events;
    private final Searcher searcher;

    EventsApi(Searcher searcher) {
        this.events = searcher.events();
        this.searcher = searcher;
    }

    void register(Javalin app, AdmissionGate gate) {
        app.get("/api/events", gate.guard(this::list));
        app.get("/api/events/types", ctx -> ctx.json(Map.of("types", PloverTypes.all())));
        app.get("/api/events/{id}", gate.guard(this::event));
        app.get("/api/dyad", gate.guard(this::dyad));
    }

    private void list(Context ctx) {
        String actor = Params.text(ctx, "actor");
        EventFilter filter = new EventFilter(actor, Params.text(ctx, "type"),
                Params.date(ctx, "from"), Params.date(ctx, "to"), Params.flag(ctx, "coded"));
        Page<EventItem> page = events.list(filter, Params.limit(ctx, "limit", DEFAULT_LIMIT), Params.offset(ctx));
        ctx.json(Noted.unknownName(page, page.total(), "entity or event actor", this::namesAnActor, actor));
    }

    /**
     * Whether words name an entity, or the actor of some event as its text names it: an actor filter matches both,
     * so a name that matches no actor at all is a misspelling, not an actor without events.
     */
    private boolean namesAnActor(String words) {
        return !searcher.entitiesFor(words).isEmpty()
                || events.list(new EventFilter(words, null, null, null), 1, 0).total() > 0;
    }

    private void event(Context ctx) {
        String id = ctx.pathParam("id");
        EventItem item = events.event(id).orElseThrow(() -> new NotFoundResponse("no event with id '" + id + "'"));
        ctx.json(item);
    }

    private void dyad(Context ctx) {
        String a = Params.required(ctx, "a");
        String b = Params.required(ctx, "b");
        Dyad dyad = events.dyad(a, b, Params.date(ctx, "from"), Params.date(ctx, "to"));
        ctx.json(Noted.unknownName(dyad, dyad.total() + dyad.undated(), "entity or event actor", this::namesAnActor,
                a, b));
    }
}
