package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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

    /**
     * What the stored inputs and records carry: the pipeline version, marked when events are coded, so that an events
     * run over inputs stored without them codes them (see {@link IngestService#covers}).
     */
    String storedVersion() {
        return events ? pipelineVersion + "+events" : pipelineVersion;
    }

    /**
     * @param sources the pages, which may come from the knowledge base itself (it is open for writing by then); the
     *                inputs they leave out as already stored go to the second argument, to be counted and named
     * @return the exit code, as {@link Runs#execute} gives it
     */
    int execute(Path data, int threads, BiFunction<KnowledgeBase, AlreadyStored, List<PageSource>> sources,
                CommandSpec spec,
                boolean showProgress) throws IOException, InterruptedException {
        try (KnowledgeBase kb = KnowledgeBase.open(data);
             IngestService store = kb.ingest(storedVersion(), KnowledgeBase.DEFAULT_BATCH, stories)) {
            // The models load on the first page that needs them: a rerun over stored inputs starts no NLP at all.
            Lazy<PageProcessor> analyze = new Lazy<>(
                    () -> AnalyzeCommand.extractAndAnalyze(PageExtractor.standard(), new Analyzer(events)));
            AlreadyStored alreadyStored = new AlreadyStored();
            PageProcessor processor = reprocess ? page -> analyze.get().process(page) : page -> {
                if (!store.isDone(RawStore.sha256(page.body()))) return analyze.get().process(page);
                alreadyStored.add(page.source());
                return null;
            };
            // the same bytes twice in one run are both processed; the store skips the second
            ResultSink sink = reprocess ? store::reprocess : (page, records) -> {
                if (!store.ingest(page, records)) alreadyStored.add(page.source());
            };
            int code = Runs.execute(task, new PageRun(processor, threads), sources.apply(kb, alreadyStored), sink, spec,
                    showProgress);
            store.commit();
            IngestCounts c = store.counts();
            spec.commandLine().getErr().println(String.format(Locale.ROOT,
                    "newsgraph: stored %s with %s and %s in %s (%s); %s;"
                            + " connected %s to copies and stories in %.2f s",
                    Counted.of(c.inputs(), "input"), Counted.of(c.articles(), "article"),
                    Counted.of(c.snippets(), "snippet"), data,
                    Counted.of(c.commits(), "commit"), alreadyStored.summary(),
                    Counted.of(c.connected(), "article"), c.connectNanos() / 1e9));
            return code;
        }
    }
}
