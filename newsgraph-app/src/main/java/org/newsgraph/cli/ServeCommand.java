package org.newsgraph.cli;

import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsgraph.index.KnowledgeBase;
import org.newsgraph.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph serve}: the JSON API and the web page over a knowledge base, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the knowledge base: a web page at / and a JSON API under /api/ (see docs/api.md).",
                "Opens the index read-only, so an ingest running beside it shows up within a second or so."},
        exitCodeOnInvalidInput = 2)
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    KnowledgeBaseOption knowledgeBase;

    @Mixin
    ListenOptions listen;

    /** A request waiting longer has no client left to answer; beyond it lies the overflow of a wait in nanoseconds. */
    private static final Duration MAX_WAIT_LIMIT = Duration.ofHours(1);

    @Option(names = "--max-wait", paramLabel = "MS",
            description = "Longest an API request waits for its turn before a 503 with Retry-After (default: ${DEFAULT-VALUE} ms).")
    long maxWaitMillis = WebServer.DEFAULT_MAX_WAIT.toMillis();

    @Override
    public Integer call() throws InterruptedException {
        if (listen.port < 0 || listen.port > 65535) {
            spec.commandLine().getErr().println("serve: --port must be between 0 and 65535, not " + listen.port);
            return 2;
        }
        if (maxWaitMillis < 0 || maxWaitMillis > MAX_WAIT_LIMIT.toMillis()) {
            spec.commandLine().getErr().println("serve: --max-wait must be between 0 and " + MAX_WAIT_LIMIT.toMillis()
                    + " ms (an hour), not " + maxWaitMillis);
            return 2;
        }
        return serve(knowledgeBase.data, listen.host, listen.port, Duration.ofMillis(maxWaitMillis),
                spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }

    /** Serves {@code data} until the JVM is stopped; shared with {@code demo}. Returns the exit code. */
    static int serve(Path data, String host, int port, Duration maxWait, PrintWriter out, PrintWriter err)
            throws InterruptedException {
        KnowledgeBase kb;
        try {
            kb = KnowledgeBase.openReadOnly(data);
        } catch (IOException e) {
            err.println("serve: " + e.getMessage());
            return 1;
        }
        WebServer server;
        try {
            server = WebServer.start(kb, host, port, maxWait);
        } catch (JavalinBindException e) {
            err.println("serve: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            closeQuietly(kb);
            return 1;
        }
        if (!WebServer.isLoopback(host)) {
            err.println("serve: warning: listening on " + host + ", reachable from other machines");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            closeQuietly(kb);
            stopped.countDown();
        }, "serve-shutdown"));
        out.println("newsgraph: serving " + Counted.of(kb.searcher().articleCount(), "article") + " from " + data
                + " at " + url(host, server.port()) + " (Ctrl-C stops)");
        out.flush();
        stopped.await();
        return 0;
    }

    static String url(String host, int port) {
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/";
    }

    private static void closeQuietly(KnowledgeBase kb) {
        try {
            kb.close();
        } catch (IOException e) {
            // shutting down: nothing useful is left to do with it
        }
    }
}
