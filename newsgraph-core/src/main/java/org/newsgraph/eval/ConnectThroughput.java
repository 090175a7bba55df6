package org.newsgraph.eval;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.dedup.DedupDocument;
import org.newsgraph.dedup.DedupParams;
import org.newsgraph.dedup.NearDuplicateIndex;
import org.newsgraph.story.StoryClusterer;
import org.newsgraph.story.StoryInput;
import org.newsgraph.story.StoryParams;

/**
 * Articles per second per core of near-duplicate detection plus story clustering, excluding NLP: the demo-wikinews
 * articles replicated (each replica ten years later, so replicas are copies to find but never join old stories),
 * entities precomputed by {@link CapitalisedNames}. Time is the benchmark thread's CPU time, so other processes on
 * the machine do not count against it.
 */
public final class ConnectThroughput {

    private static final int DAYS_PER_REPLICA = 3653;

    /** Measured rates, articles per CPU-second. */
    public record Result(int articles, double dedupPerSecond, double storiesPerSecond, double combinedPerSecond) {
    }

    private ConnectThroughput() {
    }

    public static Result run(List<DemoArticle> demo, int replicas) {
        List<DedupDocument> dedupInputs = new ArrayList<>();
        List<StoryInput> storyInputs = new ArrayList<>();
        for (int r = 0; r < replicas; r++) {
            for (DemoArticle a : demo) {
                String id = a.id() + "@" + r;
                Integer day = DedupDocument.epochDay(a.date());
                Integer shifted = day == null ? null : day + r * DAYS_PER_REPLICA;
                dedupInputs.add(new DedupDocument(id, a.text(), a.publisher(), null, shifted, null, a.title()));
                storyInputs.add(new StoryInput(id, shifted, a.publisher(), a.title(), a.text(),
                        CapitalisedNames.extract(a.text()), List.of()));
            }
        }
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        NearDuplicateIndex dedup = new NearDuplicateIndex(DedupParams.DEFAULT);
        StoryClusterer stories = StoryClusterer.withBackground(StoryParams.DEFAULT);
        long dedupNanos = 0, storyNanos = 0;
        for (int i = 0; i < dedupInputs.size(); i++) {
            long t0 = bean.getCurrentThreadCpuTime();
            dedup.add(dedupInputs.get(i));
            long t1 = bean.getCurrentThreadCpuTime();
            stories.add(storyInputs.get(i));
            long t2 = bean.getCurrentThreadCpuTime();
            dedupNanos += t1 - t0;
            storyNanos += t2 - t1;
        }
        int n = dedupInputs.size();
        return new Result(n, n / (dedupNanos / 1e9), n / (storyNanos / 1e9), n / ((dedupNanos + storyNanos) / 1e9));
    }

    public static void report(Path demoFile, int replicas, PrintStream out) {
        List<DemoArticle> demo = DemoArticle.load(demoFile);
        run(demo, 2); // warm-up, so the figures measure compiled code
        Result r = run(demo, replicas);
        out.printf("throughput on %s x %d = %d articles, 1 thread, CPU time, NLP excluded:%n", demoFile, replicas,
                r.articles());
        out.printf("  dedup %.0f/s, stories %.0f/s, dedup + stories %.0f articles/s per core (target >= 2,000)%n",
                r.dedupPerSecond(), r.storiesPerSecond(), r.combinedPerSecond());
    }

    public static void main(String[] args) {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data/demo-wikinews/articles.jsonl.gz");
        if (Files.isDirectory(data)) data = data.resolve("articles.jsonl.gz");
        report(data, args.length > 1 ? Integer.parseInt(args[1]) : 10, System.out);
    }
}
