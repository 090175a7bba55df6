package org.newsgraph.web;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import org.eclipse.jetty.util.BlockingArrayQueue;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.newsgraph.index.BadQueryException;
import org.newsgraph.index.KnowledgeBase;
import org.newsgraph.index.internal.Json;

/**
 * The HTTP server of {@code newsgraph serve}: the JSON API under {@code /api/} and the web page (static files from
 * the jar, Chart.js from its WebJar) at {@code /}. Every answer carries a Content-Security-Policy that allows only
 * the server's own scripts and styles, so even markup that slipped into the page could not run.
 */
public final class WebServer implements AutoCloseable {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** The name (and prefix of the names) of the threads that handle requests. */
    static final String THREAD_NAME = "newsgraph-http";

    /**
     * Threads that handle requests: enough for every request of a few dozen connections to reach the admission gate
     * (which runs one request per core) and wait there, first come, first served. With 8 threads most waited for a
     * thread instead, in no set order, and the slowest percent of searches took 2 to 3 times the median; with 64, 1.5
     * to 1.9 times (docs/api.md, "Load benchmark"). A thread waiting at the gate costs its stack only.
     */
    static final int THREADS = 64;

    /**
     * Work (a connection's next request) that may wait for one of the {@link #THREADS}; beyond, Jetty closes the
     * connection unanswered. Unbounded, as Jetty's default, an overload queued connections without end, each answered
     * only after every one before it had passed the gate or been refused there. With as many waiting as there are
     * threads, a queued request reaches the gate within about one gate wait even when every thread ahead of it waits
     * the whole bound, and a burst of as many new connections as there are threads still queues while threads start.
     */
    static final int QUEUED = THREADS;

    /** How long an API request waits for its turn before the server answers 503 (see {@link AdmissionGate}). */
    public static final Duration DEFAULT_MAX_WAIT = AdmissionGate.DEFAULT_MAX_WAIT;

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /**
     * Starts serving on {@code host} (a name or address; the caller decides whether beyond loopback) and {@code port}
     * (0: any free port).
     */
    public static WebServer start(KnowledgeBase kb, String host, int port) {
        return start(kb, host, port, DEFAULT_MAX_WAIT);
    }

    /** As {@link #start(KnowledgeBase, String, int)}; an API request that waits longer than {@code maxWait} gets a 503. */
    public static WebServer start(KnowledgeBase kb, String host, int port, Duration maxWait) {
        return start(kb, host, port, AdmissionGate.perCore(maxWait));
    }

    static WebServer start(KnowledgeBase kb, String host, int port, AdmissionGate gate) {
        return start(kb, host, port, gate, THREADS, QUEUED);
    }

    /** As the public starts, with {@code threads} request threads and at most {@code queued} requests waiting for one. */
    static WebServer start(KnowledgeBase kb, String host, int port, AdmissionGate gate, int threads, int queued) {
        Javalin app = Javalin.create(config -> {
            QueuedThreadPool pool = new QueuedThreadPool(threads, 4, 60_000, new BlockingArrayQueue<>(queued));
            pool.setName(THREAD_NAME);
            config.jetty.threadPool = pool;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonBadMessages()));
            config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(JsonBadMessages.REQUEST_LINE_LIMIT));
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
        });
        app.before(ctx -> {
            ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
        });
        app.before("/api/*", Params::checkEncoding);
        new Api(kb.searcher(), kb.connections()).register(app, gate);
        new StoriesApi(kb.connections(), kb.searcher()).register(app, gate);
        new EventsApi(kb.searcher()).register(app, gate);
        app.exception(BadQueryException.class, (e, ctx) -> ctx.status(HttpStatus.BAD_REQUEST)
                .json(new ApiError(HttpStatus.BAD_REQUEST.getCode(), e.getMessage())));
        // unknown ids and unknown endpoints alike (Javalin throws NotFoundResponse for both)
        app.exception(HttpResponseException.class, (e, ctx) -> ctx.status(e.getStatus())
                .json(new ApiError(e.getStatus(), e.getMessage())));
        app.exception(Exception.class, (e, ctx) -> {
            // a fault of ours, not of the request: the operator needs the trace, the client only the fact
            e.printStackTrace();
            ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).json(new ApiError(500, "internal error"));
        });
        app.start(host, port);
        return new WebServer(app);
    }

    public int port() {
        return app.port();
    }

    /** Whether a host name or address resolves only to loopback addresses. */
    public static boolean isLoopback(String host) {
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (!a.isLoopbackAddress()) return false;
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}
