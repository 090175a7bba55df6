package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.newsgraph.extract.PageExtractor;
import org.newsgraph.index.IngestCounts;
import org.newsgraph.index.IngestService;
import org.newsgraph.index.KnowledgeBase;
import org.newsgraph.index.RawStore;
import org.newsgraph.nlp.Analyzer;
import org.newsgraph.source.PageSource;
import org.newsgraph.story.StoryParams;
import picocli.CommandLine.Model.CommandSpec;

/**
 * One pass of pages into a knowledge base: extracted and analysed on every worker, stored by one pipeline version,
 * then a summary line. Shared by {@code ingest} (pages from files) and {@code reindex} (pages from the raw store).
 *
 * @param task            the name on the progress bar
 * @param pipelineVersion the pipeline's version; the stored records carry {@link #storedVersion()}, and an input
 *                        stored by a version that covers it is skipped
 * @param reprocess       process and replace even inputs this version already stored
 * @param events          also parse dependencies and code events
 * @param stories         how the connect stage clusters stories
 */
record IngestRun(String task, String pipelineVersion, boolean reprocess, boolean events, StoryParams stories) {

    /** What a run stopped by SIGINT or SIGTERM returns; the JVM exits with the signal's own code (130 or 143). */
    static final int INTERRUPTED = 130;

    /**
     * What the stored inputs and records carry: the pipeline version, marked when events are coded, so that an events
     * run over inputs stored without them codes them (see {@link IngestService#covers}).
     */
    String storedVersion() {
        return events ? pipelineVersion + "+events" : pipelineVersion;
    }

    /**
     * "; at addresses already stored, 1 article replaced its earlier version and 1 was kept as an earlier version",
     * or nothing when no article met another version of itself (docs/api.md, "Versions and removal").
     */
    static String versions(IngestCounts c) {
        if (c.versionsReplaced() == 0 && c.versionsKept() == 0) return "";
        List<String> parts = new java.util.ArrayList<>();
        if (c.versionsReplaced() > 0) {
            parts.add(Counted.of(c.versionsReplaced(), "article") + " replaced "
                    + (c.versionsReplaced() == 1 ? "its earlier version" : "their earlier versions"));
        }
        if (c.versionsKept() > 0) {
            parts.add(Counted.of(c.versionsKept(), "article") + (c.versionsKept() == 1 ? " was" : " were")
                    + " kept as an earlier version of one stored");
        }
        return "; at addresses already stored, " + String.join(" and ", parts);
    }

    /**
     * @param sources the pages, which may come from the knowledge base itself (it is open for writing by then); the
     *                inputs they leave out as already stored go to the second argument, to be counted and named
     * @return the exit code, as {@link Runs#execute} gives it, or {@link #INTERRUPTED}
     */
    int execute(Path data, int threads, BiFunction<KnowledgeBase, AlreadyStored, List<PageSource>> sources,
                CommandSpec spec,
                boolean showProgress) throws IOException, InterruptedException {
        // declared first so that it lets the JVM exit only after the knowledge base is closed
        try (StopOnSignal stop = StopOnSignal.install();
             KnowledgeBase kb = KnowledgeBase.open(data);
             IngestService store = kb.ingest(storedVersion(), KnowledgeBase.DEFAULT_BATCH, stories)) {
            // The models load on the first page that needs them: a rerun over stored inputs starts no NLP at all.
            Lazy<PageProcessor> analyze = new Lazy<>(
                    () -> AnalyzeCommand.extractAndAnalyze(PageExtractor.standard(), new Analyzer(events)));
            AlreadyStored alreadyStored = new AlreadyStored();
            // raw bytes a page of this run already holds: the later page is skipped before any NLP, as a stored one is,
            // so that every page the summary counts as processed is stored
            Set<String> thisRun = ConcurrentHashMap.newKeySet();
            PageProcessor processor = reprocess ? page -> analyze.get().process(page) : page -> {
                String sha = RawStore.sha256(page.body());
                if (!thisRun.add(sha)) {
                    alreadyStored.repeated(page.source());
                    return null;
                }
                if (!store.isDone(sha)) return analyze.get().process(page);
                alreadyStored.add(page.source());
                return null;
            };
            ResultSink sink = reprocess ? store::reprocess : (page, records) -> {
                if (!store.ingest(page, records)) alreadyStored.add(page.source());
            };
            int code = Runs.execute(task, new PageRun(processor, threads, stop::requested),
                    sources.apply(kb, alreadyStored), sink, spec, showProgress);
            store.commit();
            IngestCounts c = store.counts();
            spec.commandLine().getErr().println(String.format(Locale.ROOT,
                    "newsgraph: stored %s with %s and %s in %s (%s, %.2f s); %s;"
                            + " connected %s to copies and stories in %.2f s",
                    Counted.of(c.inputs(), "input"), Counted.of(c.articles(), "article"),
                    Counted.of(c.snippets(), "snippet"), data,
                    Counted.of(c.commits(), "commit"), c.commitNanos() / 1e9, alreadyStored.summary(),
                    Counted.of(c.connected(), "article"), c.connectNanos() / 1e9) + versions(c));
            if (!stop.requested()) return code;
            spec.commandLine().getErr().println("newsgraph: interrupted: took no more inputs and kept the "
                    + Counted.of(c.inputs(), "input") + " stored by this run (committed); run the same command again"
                    + " to resume: what is stored is skipped");
            spec.commandLine().getErr().flush();
            return INTERRUPTED;
        }
    }
}
