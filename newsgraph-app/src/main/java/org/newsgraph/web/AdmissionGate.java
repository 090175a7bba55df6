package org.newsgraph.web;

import io.javalin.http.Handler;
import java.util.concurrent.Semaphore;

/**
 * Lets at most a fixed number of API requests do their work at once; the others wait in arrival order. Lucene work
 * is CPU-bound, so running more requests than there are cores does not finish any sooner: they take turns, each one's
 * latency stretches to that of all of them together, and caches, the allocator and the scheduler work harder
 * (measured in docs/api.md, "Load benchmark"). Queueing instead, as a search engine's fixed search thread pool does,
 * keeps every running request near its single-threaded cost, and the fair order keeps the tail close to the median.
 */
final class AdmissionGate {
    private final Semaphore permits;

    AdmissionGate(int concurrent) {
        if (concurrent < 1) throw new IllegalArgumentException("at least one request must run, not " + concurrent);
        this.permits = new Semaphore(concurrent, true);
    }

    /** One request per core: the default for the server. */
    static AdmissionGate perCore() {
        return new AdmissionGate(Runtime.getRuntime().availableProcessors());
    }

    /** The handler run inside the gate: it waits for a permit, and gives it back however the handler ends. */
    Handler guard(Handler handler) {
        return ctx -> {
            permits.acquire();
            try {
                handler.handle(ctx);
            } finally {
                permits.release();
            }
        };
    }
}
