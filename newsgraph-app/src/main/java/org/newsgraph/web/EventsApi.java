package org.newsgraph.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Map;
import org.newsgraph.index.EventFilter;
import org.newsgraph.index.EventItem;
import org.newsgraph.index.EventQueries;
import org.newsgraph.index.PloverTypes;

/** The JSON API over the coded events (documented in docs/api.md): listing, one event, and dyads. */
final class EventsApi {
    private static final int DEFAULT_LIMIT = 10;

    private final EventQueries events;

    EventsApi(EventQueries events) {
        this.events = events;
    }

    void register(Javalin app, AdmissionGate gate) {
        app.get("/api/events", gate.guard(this::list));
        app.get("/api/events/types", ctx -> ctx.json(Map.of("types", PloverTypes.all())));
        app.get("/api/events/{id}", gate.guard(this::event));
        app.get("/api/dyad", gate.guard(this::dyad));
    }

    private void list(Context ctx) {
        EventFilter filter = new EventFilter(Params.text(ctx, "actor"), Params.text(ctx, "type"),
                Params.date(ctx, "from"), Params.date(ctx, "to"), Params.flag(ctx, "coded"));
        ctx.json(events.list(filter, Params.limit(ctx, "limit", DEFAULT_LIMIT), Params.offset(ctx)));
    }

    private void event(Context ctx) {
        String id = ctx.pathParam("id");
        EventItem item = events.event(id).orElseThrow(() -> new NotFoundResponse("no event with id '" + id + "'"));
        ctx.json(item);
    }

    private void dyad(Context ctx) {
        String a = Params.required(ctx, "a");
        String b = Params.required(ctx, "b");
        ctx.json(events.dyad(a, b, Params.date(ctx, "from"), Params.date(ctx, "to")));
    }
}
