package org.newsgraph.nlp.eval;

import org.newsgraph.model.Article;
import org.newsgraph.nlp.Analyzer;
import org.newsgraph.pipeline.Annotated;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/** Analysis speed in tokens per second per thread, and the peak heap it took. */
public final class Throughput {

    /**
     * @param cpuSeconds CPU time the analysing threads used: on a shared machine wall time also counts other
     *                   processes, so tokens per CPU second is the figure per core that holds
     */
    public record Result(int articles, long tokens, double seconds, double cpuSeconds, int threads,
                         long peakHeapBytes) {
        public double tokensPerCpuSecond() {
            return tokens / cpuSeconds;
        }

        @Override
        public String toString() {
            return String.format("%d articles, %d tokens in %.1f s wall on %d threads (%.0f tokens/s per thread);"
                            + " %.1f CPU s: %.0f tokens/s per core (target >= 3000); peak heap %d MB", articles,
                    tokens, seconds, threads, tokens / seconds / threads, cpuSeconds, tokensPerCpuSecond(),
                    peakHeapBytes >> 20);
        }
    }

    /** Warms the models on a few articles first, so loading time is not counted. */
    public static Result measure(Analyzer analyzer, List<Article> articles, int threads) throws Exception {
        for (Article a : articles.subList(0, Math.min(5, articles.size()))) analyzer.annotate(a);
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
        AtomicLong tokens = new AtomicLong(), cpuNanos = new AtomicLong();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        try {
            List<Future<?>> jobs = articles.stream().<Future<?>>map(a -> pool.submit(() -> {
                long c0 = cpu.getCurrentThreadCpuTime();
                Annotated r = analyzer.annotate(a);
                cpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - c0);
                tokens.addAndGet(r.nlp().tokens().size());
            })).toList();
            for (Future<?> f : jobs) f.get();
        } finally {
            pool.shutdown();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) peak += p.getPeakUsage().getUsed();
        }
        return new Result(articles.size(), tokens.get(), secs, cpuNanos.get() / 1e9, threads, peak);
    }
}
