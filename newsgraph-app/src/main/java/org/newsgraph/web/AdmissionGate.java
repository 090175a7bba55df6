package org.newsgraph.web;

import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Lets at most a fixed number of API requests do their work at once; the others wait in arrival order. Lucene work
 * is CPU-bound, so running more requests than there are cores does not finish any sooner: they take turns, each one's
 * latency stretches to that of all of them together, and caches, the allocator and the scheduler work harder
 * (measured in docs/api.md, "Load benchmark"). Queueing instead, as a search engine's fixed search thread pool does,
 * keeps every running request near its single-threaded cost, and the fair order keeps the tail close to the median.
 *
 * <p>The wait is bounded: a request that has not got in within {@code maxWait} is answered 503 with a Retry-After
 * header. Unbounded, an overload piles up waiting requests (each holding a connection and a thread) whose clients have
 * long given up, and the server spends its cores on answers nobody reads.
 */
final class AdmissionGate {
    /** Long enough that only a server far behind refuses (loaded, it answers in a few hundred milliseconds). */
    static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(5);

    private final Semaphore permits;
    private final Duration maxWait;
    private final long maxWaitNanos;

    AdmissionGate(int concurrent, Duration maxWait) {
        if (concurrent < 1) throw new IllegalArgumentException("at least one request must run, not " + concurrent);
        if (maxWait.isNegative()) throw new IllegalArgumentException("a wait cannot be negative: " + maxWait);
        this.permits = new Semaphore(concurrent, true);
        this.maxWait = maxWait;
        // saturated rather than overflowing: a wait of centuries is a wait without end
        this.maxWaitNanos = maxWait.compareTo(Duration.ofNanos(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : maxWait.toNanos();
    }

    /** One request per core: the default for the server. */
    static AdmissionGate perCore(Duration maxWait) {
        return new AdmissionGate(Runtime.getRuntime().availableProcessors(), maxWait);
    }

    /**
     * The handler run inside the gate: it waits up to the bound for a permit (in arrival order: the timed acquire of
     * a fair semaphore keeps the queue's order), and gives it back however the handler ends.
     */
    Handler guard(Handler handler) {
        return ctx -> {
            if (!permits.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS)) {
                ctx.header("Retry-After", Long.toString(retryAfterSeconds()))
                        .status(HttpStatus.SERVICE_UNAVAILABLE)
                        .json(new ApiError(HttpStatus.SERVICE_UNAVAILABLE.getCode(),
                                "server busy: no capacity within " + maxWait.toMillis() + " ms, retry later"));
                return;
            }
            try {
                handler.handle(ctx);
            } finally {
                permits.release();
            }
        };
    }

    /** Whole seconds (Retry-After has no finer unit), at least one: the queue is about one bound long. */
    long retryAfterSeconds() {
        return Math.max(1, (maxWait.toMillis() + 999) / 1000);
    }
}
