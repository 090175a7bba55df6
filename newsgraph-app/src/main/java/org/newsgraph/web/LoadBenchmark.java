package org.newsgraph.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;
import org.newsgraph.index.CacheStats;
import org.newsgraph.index.KnowledgeBase;
import org.newsgraph.index.Searcher;
import org.newsgraph.index.internal.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Load test of {@code newsgraph serve}: N concurrent clients, each sending its next request as soon as the last one
 * is answered, against search and entity pages. Loopback only, and bounded in both request count and time.
 * Either starts the server in this JVM over {@code --data}, or targets a running one with {@code --url}.
 */
@Command(name = "LoadBenchmark", mixinStandardHelpOptions = true,
        description = "Throughput and latency percentiles of the search and entity API under concurrent load.")
public final class LoadBenchmark implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", description = "Knowledge base to serve in this JVM.")
    Path data;

    @Option(names = "--url", paramLabel = "URL", description = "A running serve on this machine, e.g. http://127.0.0.1:8080")
    String url;

    @Option(names = "--clients", defaultValue = "32", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--requests", defaultValue = "5000", description = "Measured requests per scenario (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--seconds", defaultValue = "60", description = "Time cap per scenario (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--warmup", defaultValue = "1000", description = "Unmeasured requests first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--warmup-seconds", defaultValue = "0", description = "Then warm up for this long more, on draws "
            + "of its own (default: ${DEFAULT-VALUE}): a server up for a minute has its code compiled, which a few "
            + "hundred requests leave unfinished.")
    int warmupSeconds;

    /** Newest articles (for query words) and most mentioned entities (for pages) the pools are drawn from. */
    private static final int POOL = 2000;
    private static final int PAGE = 100;
    /** The JDK's HTTP client does its I/O on threads of its own, named so; their work is the clients', not the server's. */
    private static final String HTTP_CLIENT_THREADS = "HttpClient-";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) {
        System.exit(new CommandLine(new LoadBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if ((data == null) == (url == null)) throw new CommandLine.ParameterException(
                new CommandLine(this), "give exactly one of --data and --url");
        if (clients < 1 || requests < 1 || seconds < 1 || warmup < 0 || warmupSeconds < 0) {
            throw new CommandLine.ParameterException(new CommandLine(this), "counts must be positive");
        }
        if (url != null) return run(URI.create(url.endsWith("/") ? url : url + "/"), null);
        try (KnowledgeBase kb = KnowledgeBase.openReadOnly(data);
             WebServer server = WebServer.start(kb, "127.0.0.1", 0)) {
            return run(URI.create("http://127.0.0.1:" + server.port() + "/"), kb.searcher());
        }
    }

    /** @param inProcess the server's searcher when it runs in this JVM (its cache counters are reported), else null */
    private int run(URI base, Searcher inProcess) throws Exception {
        if (!WebServer.isLoopback(base.getHost())) {
            System.err.println("LoadBenchmark: " + base + " is not on this machine; refusing to send load there");
            return 2;
        }
        JsonNode health = get(base.resolve("api/health"));
        // Words from the titles of the newest articles, entities from the most mentioned down: both pools are wide
        // (bounded by what the API pages), so no one cached answer can stand for the scenario.
        List<String> words = new ArrayList<>();
        for (int offset = 0; offset < POOL; offset += PAGE) {
            words.addAll(titleWords(get(base.resolve("api/search?limit=" + PAGE + "&offset=" + offset))));
        }
        if (words.isEmpty()) throw new IllegalStateException("no titles to draw query words from");
        List<String> entities = entities(base, 0);
        // The timed warm-up's pages are of the next most mentioned entities, so that the page cache holds none of the
        // measured ones because of it; a base without so many entities warms up on the measured pool (the printed hit
        // rate then shows what that did).
        List<String> warmEntities = warmupSeconds == 0 ? List.of() : entities(base, POOL);
        if (warmEntities.isEmpty()) warmEntities = entities;
        // one independent draw per request, warm-up included: a measured request repeats an earlier one only by chance
        Random random = new Random(42);
        String[] queries = new String[warmup + requests];
        for (int i = 0; i < queries.length; i++) queries[i] = query(words, random::nextInt, i);
        String[] pages = new String[warmup + requests];
        for (int i = 0; i < pages.length; i++) pages[i] = entities.get(random.nextInt(entities.size()));
        System.out.printf(Locale.ROOT, "%s: %d articles; %d clients; %d requests or %d s per scenario after %d "
                        + "warm-up and %d s more; %d cores, load average %.1f%n", base, health.path("articles").asLong(),
                clients, requests, seconds, warmup, warmupSeconds, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "drawn: %d distinct of %d queries from %d distinct title words; %d distinct of %d "
                        + "entity pages from %d entities%n", Arrays.stream(queries).distinct().count(), queries.length,
                words.stream().distinct().count(), Arrays.stream(pages).distinct().count(), pages.length,
                entities.size());
        List<String> warmPages = warmEntities;
        scenario("search (1-2 title words, 10 hits, facets, snippets)",
                i -> base.resolve("api/search?q=" + enc(queries[i]) + "&limit=10"),
                i -> base.resolve("api/search?q=" + enc(query(words, new SplittableRandom(~i)::nextInt, i)) + "&limit=10"),
                inProcess != null, null);
        scenario("entity page (top-" + entities.size() + " entities, 20 quotes)",
                i -> base.resolve("api/entities/" + enc(pages[i])),
                i -> base.resolve("api/entities/" + enc(warmPages.get(new SplittableRandom(~i).nextInt(warmPages.size())))),
                inProcess != null, inProcess == null ? null : inProcess::entityCacheStats);
        return 0;
    }

    /** Ids of the entities from {@code from} to {@code from + POOL} in the order of most mentioned. */
    private List<String> entities(URI base, int from) throws Exception {
        List<String> entities = new ArrayList<>();
        for (int offset = from; offset < from + POOL; offset += PAGE) {
            for (JsonNode e : get(base.resolve("api/entities?limit=" + PAGE + "&offset=" + offset)).path("items")) {
                entities.add(e.path("id").asText());
            }
        }
        return entities;
    }

    /** The {@code i}-th query of a draw: every third of two title words, the others of one. */
    private static String query(List<String> words, IntUnaryOperator below, int i) {
        String w = words.get(below.applyAsInt(words.size()));
        return i % 3 == 0 ? w + " " + words.get(below.applyAsInt(words.size())) : w;
    }

    /**
     * Reports throughput, latency percentiles and CPU per request: the whole process's (server and clients), and the
     * process's less the client threads' own (the server's share, with the HTTP client's I/O threads and the JVM's own
     * work in it; split below when in process), which a shared, loaded machine does not distort.
     * With the server in this JVM ({@code inProcess}), the server's share is split further: the request handlers'
     * threads, the HTTP client's own I/O threads (client work, but not on the client threads), and the rest (JIT
     * compilation, GC and the JVM's other threads).
     */
    private void scenario(String name, IntFunction<URI> request, IntFunction<URI> timedWarmup, boolean inProcess,
                          Supplier<CacheStats> cache) throws InterruptedException {
        load(request, warmup, seconds, null);
        if (warmupSeconds > 0) load(timedWarmup, Integer.MAX_VALUE, warmupSeconds, null);
        CacheStats cache0 = cache == null ? null : cache.get();
        long[] latencies = new long[requests];
        long handlers0 = threadCpuNanos(WebServer.THREAD_NAME); // 0 unless in process
        long httpClient0 = threadCpuNanos(HTTP_CLIENT_THREADS);
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        Result r = load(i -> request.apply(warmup + i), requests, seconds, latencies);
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpuMs = (processCpuNanos() - cpu0) / 1e6;
        double handlersMs = (threadCpuNanos(WebServer.THREAD_NAME) - handlers0) / 1e6;
        double httpClientMs = (threadCpuNanos(HTTP_CLIENT_THREADS) - httpClient0) / 1e6;
        long[] done = Arrays.copyOf(latencies, r.completed);
        Arrays.sort(done);
        int n = Math.max(1, r.completed);
        String split = !inProcess ? "" : String.format(Locale.ROOT, " = handlers %.2f + HTTP client threads %.2f + "
                        + "JIT, GC, other %.2f", handlersMs / n, httpClientMs / n,
                (cpuMs - r.clientCpuNanos / 1e6 - handlersMs - httpClientMs) / n);
        String cached = "";
        if (cache != null) {
            CacheStats c = cache.get();
            CacheStats delta = new CacheStats(c.hits() - cache0.hits(), c.misses() - cache0.misses());
            cached = String.format(Locale.ROOT, " | cache hit rate %.1f%% (%d of %d; warm-up was %d requests and %d s)",
                    100 * delta.hitRate(), delta.hits(), delta.hits() + delta.misses(), warmup, warmupSeconds);
        }
        System.out.printf(Locale.ROOT, "%-52s %6d req in %5.1f s = %7.1f req/s | p50 %7.2f p90 %7.2f p99 %7.2f "
                        + "max %7.2f ms | errors %d | CPU ms/req: process %.2f, off the client threads %.2f%s (%.2f cores)%s "
                        + "| load average %.1f%n",
                name, r.completed, wall, r.completed / wall, pct(done, 50), pct(done, 90), pct(done, 99),
                done.length == 0 ? 0 : done[done.length - 1] / 1e6, r.errors, cpuMs / n,
                (cpuMs - r.clientCpuNanos / 1e6) / n, split, cpuMs / 1000 / wall, cached,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /**
     * CPU time of this JVM's live threads whose names start with {@code prefix} (a thread that ended in between
     * takes its time with it: the server's pool keeps its threads under load, and so does the client's).
     */
    private static long threadCpuNanos(String prefix) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (t == null || !t.getThreadName().startsWith(prefix)) continue;
            long nanos = mx.getThreadCpuTime(t.getThreadId());
            if (nanos > 0) total += nanos;
        }
        return total;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** {@code completed}: requests answered 200, the only ones timed and counted in the rate; the rest are errors. */
    private record Result(int completed, long errors, long clientCpuNanos) {
    }

    /** Closed loop: each client sends its next request when the previous one is answered, until count or time run out. */
    private Result load(IntFunction<URI> request, int count, int maxSeconds, long[] latencies)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger completed = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        AtomicLong clientCpu = new AtomicLong();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>(clients);
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                long cpu0 = cpu.getCurrentThreadCpuTime();
                for (int i = next.getAndIncrement(); i < count && System.nanoTime() < deadline;
                     i = next.getAndIncrement()) {
                    HttpRequest req = HttpRequest.newBuilder(request.apply(i)).timeout(Duration.ofSeconds(30)).build();
                    long start = System.nanoTime();
                    boolean answered;
                    try {
                        answered = http.send(req, HttpResponse.BodyHandlers.ofByteArray()).statusCode() == 200;
                    } catch (Exception e) {
                        answered = false;
                    }
                    // a quick refusal (503 past the admission wait) is no answer: it must not flatter the percentiles
                    if (!answered) {
                        errors.incrementAndGet();
                        continue;
                    }
                    if (latencies != null) latencies[completed.getAndIncrement()] = System.nanoTime() - start;
                    else completed.incrementAndGet();
                }
                clientCpu.addAndGet(cpu.getCurrentThreadCpuTime() - cpu0);
            }, "load-client-" + c);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) t.join();
        return new Result(completed.get(), errors.get(), clientCpu.get());
    }

    private JsonNode get(URI uri) throws Exception {
        HttpResponse<String> res = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 200) throw new IllegalStateException(uri + " answered " + res.statusCode());
        return Json.MAPPER.readTree(res.body());
    }

    private static List<String> titleWords(JsonNode search) {
        List<String> words = new ArrayList<>();
        for (JsonNode hit : search.path("hits")) {
            for (String w : hit.path("title").asText().split("[^\\p{L}]+")) {
                if (w.length() > 4) words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) return 0;
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p / 100.0) - 1)] / 1e6;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
