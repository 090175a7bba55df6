package org.newsgraph.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
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
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.newsgraph.index.KnowledgeBase;
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

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) {
        System.exit(new CommandLine(new LoadBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if ((data == null) == (url == null)) throw new CommandLine.ParameterException(
                new CommandLine(this), "give exactly one of --data and --url");
        if (clients < 1 || requests < 1 || seconds < 1 || warmup < 0) {
            throw new CommandLine.ParameterException(new CommandLine(this), "counts must be positive");
        }
        if (url != null) return run(URI.create(url.endsWith("/") ? url : url + "/"));
        try (KnowledgeBase kb = KnowledgeBase.openReadOnly(data);
             WebServer server = WebServer.start(kb, "127.0.0.1", 0)) {
            return run(URI.create("http://127.0.0.1:" + server.port() + "/"));
        }
    }

    private int run(URI base) throws Exception {
        if (!WebServer.isLoopback(base.getHost())) {
            System.err.println("LoadBenchmark: " + base + " is not on this machine; refusing to send load there");
            return 2;
        }
        JsonNode health = get(base.resolve("api/health"));
        List<String> words = titleWords(get(base.resolve("api/search?limit=100")));
        List<String> entities = new ArrayList<>();
        for (JsonNode e : get(base.resolve("api/entities?limit=100")).path("items")) entities.add(e.path("id").asText());
        Random random = new Random(42);
        String[] queries = new String[1000];
        for (int i = 0; i < queries.length; i++) {
            String w = words.get(random.nextInt(words.size()));
            queries[i] = i % 3 == 0 ? w + " " + words.get(random.nextInt(words.size())) : w;
        }
        System.out.printf(Locale.ROOT, "%s: %d articles; %d clients; %d requests or %d s per scenario after %d "
                        + "warm-up; %d cores, load average %.1f%n", base, health.path("articles").asLong(), clients,
                requests, seconds, warmup, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        scenario("search (1-2 title words, 10 hits, facets, snippets)",
                i -> base.resolve("api/search?q=" + enc(queries[i % queries.length]) + "&limit=10"));
        scenario("entity page (top-100 entities, 20 quotes)",
                i -> base.resolve("api/entities/" + enc(entities.get(i % entities.size()))));
        return 0;
    }

    private void scenario(String name, IntFunction<URI> request) throws InterruptedException {
        load(request, warmup, seconds, null);
        long[] latencies = new long[requests];
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        Result r = load(request, requests, seconds, latencies);
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpuMs = (processCpuNanos() - cpu0) / 1e6;
        long[] done = Arrays.copyOf(latencies, r.completed);
        Arrays.sort(done);
        // CPU per request (server and clients: one process) is what a shared, loaded machine does not distort
        System.out.printf(Locale.ROOT, "%-52s %6d req in %5.1f s = %7.1f req/s | p50 %7.2f p90 %7.2f p99 %7.2f "
                        + "max %7.2f ms | errors %d | process CPU %.2f ms/req (%.2f cores) | load average %.1f%n",
                name, r.completed, wall, r.completed / wall, pct(done, 50), pct(done, 90), pct(done, 99),
                done.length == 0 ? 0 : done[done.length - 1] / 1e6, r.errors, cpuMs / Math.max(1, r.completed),
                cpuMs / 1000 / wall, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private record Result(int completed, long errors) {
    }

    /** Closed loop: each client sends its next request when the previous one is answered, until count or time run out. */
    private Result load(IntFunction<URI> request, int count, int maxSeconds, long[] latencies)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger completed = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>(clients);
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < count && System.nanoTime() < deadline;
                     i = next.getAndIncrement()) {
                    HttpRequest req = HttpRequest.newBuilder(request.apply(i)).timeout(Duration.ofSeconds(30)).build();
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> res = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        if (res.statusCode() != 200) errors.incrementAndGet();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    if (latencies != null) latencies[completed.getAndIncrement()] = System.nanoTime() - start;
                    else completed.incrementAndGet();
                }
            }, "load-client-" + c);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) t.join();
        return new Result(completed.get(), errors.get());
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
        if (words.isEmpty()) throw new IllegalStateException("no titles to draw query words from");
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
