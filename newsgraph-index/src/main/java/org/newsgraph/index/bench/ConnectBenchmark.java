package org.newsgraph.index.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.newsgraph.index.IngestCounts;
import org.newsgraph.index.IngestService;
import org.newsgraph.index.KnowledgeBase;

/**
 * Measures what connecting articles (copy groups and stories, see {@code org.newsgraph.index.connect}) adds to
 * ingest on the synthetic corpus: the connect pass's time per article overall and per slice of the run (a cost that
 * grows with the knowledge base shows as rising slices), the connect directory's size on disk and the heap held
 * after ingest. One thread ingests, so the times are not shared with a second worker.
 *
 * <pre>java -cp ... org.newsgraph.index.bench.ConnectBenchmark CORPUS.jsonl.gz DATA_DIR ARTICLES [SLICES]</pre>
 */
public final class ConnectBenchmark {

    private ConnectBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: ConnectBenchmark CORPUS.jsonl.gz DATA_DIR ARTICLES [SLICES]");
            System.exit(2);
        }
        SyntheticCorpus corpus = SyntheticCorpus.load(Path.of(args[0]));
        Path data = Path.of(args[1]);
        int n = Integer.parseInt(args[2]);
        int slices = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        long t0 = System.nanoTime();
        long connectBefore = 0, placedBefore = 0;
        try (KnowledgeBase kb = KnowledgeBase.open(data)) {
            try (IngestService ingest = kb.ingest("bench", KnowledgeBase.DEFAULT_BATCH)) {
                for (int s = 0; s < slices; s++) {
                    long sliceStart = System.nanoTime();
                    for (int i = n * s / slices; i < n * (s + 1) / slices; i++) {
                        ingest.ingest(corpus.article(i), corpus.raw(i), null);
                    }
                    ingest.commit();
                    IngestCounts c = ingest.counts();
                    System.out.printf(Locale.ROOT, "slice %d (articles %d-%d): ingest %.2f ms/article, connect "
                                    + "%.3f ms/article%n", s + 1, n * s / slices, n * (s + 1) / slices,
                            (System.nanoTime() - sliceStart) / 1e6 / (n / slices),
                            (c.connectNanos() - connectBefore) / 1e6 / Math.max(1, c.connected() - placedBefore));
                    connectBefore = c.connectNanos();
                    placedBefore = c.connected();
                }
                IngestCounts c = ingest.counts();
                double wall = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "total: %d articles in %.1f s = %.2f ms/article, of which connect "
                                + "%.1f s = %.3f ms/article (%d placed)%n", n, wall, wall * 1000 / n,
                        c.connectNanos() / 1e9, c.connectNanos() / 1e6 / Math.max(1, c.connected()), c.connected());
                System.gc();
                long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                System.out.printf(Locale.ROOT, "heap after ingest and GC (connect state held, corpus loaded): %.0f MB%n",
                        heap / 1e6);
            }
            System.out.printf(Locale.ROOT, "disk: connect %.2f KB/article (%d bytes), index %.1f KB/article%n",
                    size(data.resolve("connect")) / 1024.0 / n, size(data.resolve("connect")),
                    size(data.resolve("index")) / 1024.0 / n);
            System.out.printf(Locale.ROOT, "stories %d, copy groups %d; load average %.1f%n",
                    kb.connections().stories().size(), kb.connections().groups().size(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
        long reopen = System.nanoTime();
        try (KnowledgeBase kb = KnowledgeBase.open(data); IngestService ingest = kb.ingest("bench", 1)) {
            ingest.ingest(corpus.article(n), corpus.raw(n), null);
            ingest.commit();
        }
        System.out.printf(Locale.ROOT, "reopen, ingest 1 more article, commit, close: %.2f s%n",
                (System.nanoTime() - reopen) / 1e9);
    }

    private static long size(Path dir) throws IOException {
        if (!Files.exists(dir)) return 0;
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
