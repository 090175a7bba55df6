package org.newsgraph.index.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.newsgraph.index.IngestService;
import org.newsgraph.index.KbEntity;
import org.newsgraph.index.KnowledgeBase;
import org.newsgraph.index.SearchFilters;
import org.newsgraph.index.Searcher;

/**
 * Measures the knowledge base on a synthetic corpus (see {@link SyntheticCorpus}): ingest rate (index and raw store
 * only, no extraction or NLP), bytes per article on disk, and single-client query latency.
 *
 * <pre>java -cp ... org.newsgraph.index.bench.IndexBenchmark CORPUS.jsonl.gz DATA_DIR ARTICLES [THREADS]</pre>
 * Ingest is skipped when DATA_DIR already holds ARTICLES articles, so latency can be re-measured alone.
 */
public final class IndexBenchmark {
    private static final int QUERIES = 300;

    private IndexBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: IndexBenchmark CORPUS.jsonl.gz DATA_DIR ARTICLES [THREADS]");
            System.exit(2);
        }
        Path corpusPath = Path.of(args[0]);
        Path data = Path.of(args[1]);
        int n = Integer.parseInt(args[2]);
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        SyntheticCorpus corpus = SyntheticCorpus.load(corpusPath);
        try (KnowledgeBase kb = KnowledgeBase.open(data)) {
            if (kb.searcher().articleCount() < n) ingest(kb, corpus, n, threads);
            System.out.printf(Locale.ROOT, "disk: index %.1f KB/article, raw store %.1f KB/article (%d articles)%n",
                    size(data.resolve("index")) / 1024.0 / n, size(data.resolve("raw")) / 1024.0 / n, n);
            latency(kb.searcher(), corpus);
        }
    }

    private static void ingest(KnowledgeBase kb, SyntheticCorpus corpus, int n, int threads) throws Exception {
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        try (IngestService ingest = kb.ingest("bench", KnowledgeBase.DEFAULT_BATCH)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        ingest.ingest(corpus.article(i), corpus.raw(i), null);
                    }
                    return null;
                }));
            }
            try {
                for (Future<?> w : workers) w.get();
            } finally {
                pool.shutdownNow(); // a failed worker must not keep the JVM alive
            }
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        System.out.printf(Locale.ROOT, "ingest: %d articles in %.1f s wall = %.0f articles/s (%d threads); "
                + "process CPU %.1f s = %.2f ms CPU/article; load average %.1f%n", n, wall, n / wall, threads, cpu,
                cpu * 1000 / n, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void latency(Searcher searcher, SyntheticCorpus corpus) {
        Random random = new Random(42);
        List<String> words = new ArrayList<>();
        for (SyntheticCorpus.Base b : corpus.bases()) {
            if (b.article().title() == null) continue;
            for (String w : b.article().title().split("[^\\p{L}]+")) if (w.length() > 4) words.add(w.toLowerCase(Locale.ROOT));
        }
        List<KbEntity> entities = searcher.entities(null, 200, 0).items();
        String[] queries = new String[QUERIES];
        for (int i = 0; i < QUERIES; i++) {
            String w = words.get(random.nextInt(words.size()));
            queries[i] = i % 3 == 0 ? w + " " + words.get(random.nextInt(words.size())) : w;
        }
        System.out.printf(Locale.ROOT, "latency: %d queries each after 50 warm-up, 1 client%n", QUERIES);
        measure("search (1-2 words, facets, snippets)", i -> searcher.search(queries[i], SearchFilters.NONE, 10, 0));
        measure("search + entity and date filters", i -> searcher.search(queries[i], new SearchFilters(
                entities.get(i % entities.size()).id(), null, LocalDate.of(2010, 1, 1), null), 10, 0));
        measure("browse newest (empty query)", i -> searcher.search("", SearchFilters.NONE, 10, 0));
        measure("entity page (top-200 entities)", i -> searcher.entity(entities.get(i % entities.size()).id(), 20));
        measure("quote search by words", i -> searcher.quotes(null, queries[i], 10, 0));
    }

    private static void measure(String name, IntConsumer query) {
        for (int i = 0; i < 50; i++) query.accept(i % QUERIES); // warm-up: JIT and first-use caches
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[QUERIES];
        long[] cpu = new long[QUERIES];
        for (int i = 0; i < QUERIES; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            query.accept(i);
            nanos[i] = System.nanoTime() - t;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        // CPU time is reported beside wall time: on a shared, loaded machine wall time mostly measures the queue
        System.out.printf(Locale.ROOT, "%-38s wall p50 %6.2f p90 %6.2f p99 %6.2f ms | CPU p50 %5.2f p99 %6.2f ms%n",
                name, nanos[QUERIES / 2] / 1e6, nanos[QUERIES * 9 / 10] / 1e6, nanos[QUERIES * 99 / 100] / 1e6,
                cpu[QUERIES / 2] / 1e6, cpu[QUERIES * 99 / 100] / 1e6);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
