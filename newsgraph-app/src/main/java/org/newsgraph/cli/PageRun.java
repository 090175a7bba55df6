package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.newsgraph.extract.ExtractionException;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.RawPage;
import org.newsgraph.model.SourceRef;
import org.newsgraph.source.PageSink;
import org.newsgraph.source.PageSource;

/**
 * Runs a {@link PageProcessor} over streamed inputs on several threads while handing results to a
 * {@link ResultSink} in input order. One reader thread
 * walks the sources and submits each page to a worker pool; the futures go, in input order, through a bounded
 * queue to the calling thread, which writes them. The queue bound keeps memory flat however big the inputs: the
 * reader waits when the writer falls behind. A run asked to stop (see {@link StopOnSignal}) takes no new page: it
 * hands on the pages already processed, up to the first one still in the works, and returns.
 */
final class PageRun {

    private static final Future<Outcome> END = CompletableFuture.completedFuture(null);

    /** How often the writing thread looks whether it was asked to stop while it waits for the next page. */
    private static final long STOP_POLL_MILLIS = 100;

    private final PageProcessor processor;
    private final int threads;
    private final BooleanSupplier stopRequested;

    PageRun(PageProcessor processor, int threads) {
        this(processor, threads, () -> false);
    }

    PageRun(PageProcessor processor, int threads, BooleanSupplier stopRequested) {
        this.processor = processor;
        this.threads = threads;
        this.stopRequested = stopRequested;
    }

    /** Processes everything; errors go to {@code err} one line each. Returns the run's counts. */
    RunStats run(List<PageSource> sources, ResultSink sink, PrintWriter out, PrintWriter err,
                 Progress progress) throws InterruptedException {
        RunStats stats = new RunStats();
        BlockingQueue<Future<Outcome>> queue = new ArrayBlockingQueue<>(threads * 4);
        ExecutorService workers = Executors.newFixedThreadPool(threads, daemon("newsgraph-worker"));
        Thread reader = daemon("newsgraph-read").newThread(() -> readAll(sources, queue, workers));
        reader.start();
        try {
            for (Future<Outcome> next = take(queue, reader, stats); next != END; next = take(queue, reader, stats)) {
                Outcome outcome = outcome(next, reader, stats);
                if (outcome == null) break; // asked to stop while this page was in the works
                stats.add(outcome);
                report(outcome, sink, err);
                progress.step();
                // written records reach a pipe as soon as the run would otherwise wait: a slow analysis shows each one
                // at once, a fast extraction still writes in buffer-sized blocks
                Future<Outcome> following = queue.peek();
                if (following == null || !following.isDone()) out.flush();
                if (out.checkError()) {
                    // stdout is gone (e.g. piped into head): nothing more can be delivered.
                    err.println("newsgraph: output closed, stopping");
                    stats.stop();
                    reader.interrupt();
                    break;
                }
            }
        } finally {
            workers.shutdownNow();
            out.flush();
        }
        return stats;
    }

    /**
     * The next page's future, or {@link #END} once the inputs are exhausted or a stop was asked for and no processed
     * page is left at the queue's head. The writer polls rather than blocks, so that it sees a stop while it waits.
     */
    private Future<Outcome> take(BlockingQueue<Future<Outcome>> queue, Thread reader, RunStats stats)
            throws InterruptedException {
        while (true) {
            if (stopping(reader, stats)) {
                Future<Outcome> head = queue.peek();
                return head != null && head.isDone() ? queue.poll() : END;
            }
            Future<Outcome> next = queue.poll(STOP_POLL_MILLIS, TimeUnit.MILLISECONDS);
            if (next != null) return next;
        }
    }

    /** A page's outcome, or null when a stop was asked for before it was ready. */
    private Outcome outcome(Future<Outcome> f, Thread reader, RunStats stats) throws InterruptedException {
        while (true) {
            if (stopping(reader, stats) && !f.isDone()) return null;
            try {
                return f.get(STOP_POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // look at the stop again
            } catch (ExecutionException e) {
                return new Outcome.Failed("-: internal error (" + e.getCause() + ")", true);
            }
        }
    }

    /** Whether the run stops, noticing a stop just asked for: the reader then ends at its next page. */
    private boolean stopping(Thread reader, RunStats stats) {
        if (!stats.stopped() && stopRequested.getAsBoolean()) {
            stats.stop();
            reader.interrupt();
        }
        return stats.stopped();
    }

    private void readAll(List<PageSource> sources, BlockingQueue<Future<Outcome>> queue, ExecutorService workers) {
        PageSink sink = new PageSink() {
            @Override
            public void page(RawPage page) {
                put(queue, workers.submit(() -> process(page)));
            }

            @Override
            public void failure(SourceRef where, String reason) {
                put(queue, CompletableFuture.completedFuture(new Outcome.Failed(where.describe() + ": " + reason,
                        false)));
            }

            @Override
            public void skipped(SourceRef where, String reason) {
                put(queue, CompletableFuture.completedFuture(new Outcome.Skipped(where.describe() + ": skipped, "
                        + reason)));
            }
        };
        try {
            for (PageSource source : sources) {
                try {
                    source.read(sink);
                } catch (Stopped e) {
                    return;
                } catch (RuntimeException e) {
                    sink.failure(SourceRef.ofPath(source.name()), "internal error while reading (" + e + ")");
                }
            }
        } finally {
            put(queue, END);
        }
    }

    private Outcome process(RawPage page) {
        try {
            List<AnalyzedArticle> records = processor.process(page);
            return records == null ? new Outcome.Skipped(null) : new Outcome.Processed(page, records);
        } catch (ExtractionException e) {
            return new Outcome.Failed(e.getMessage(), true);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug or a page beyond what a parser can take must cost that page, not the run.
            return new Outcome.Failed(page.source().describe() + ": internal error (" + e + ")", true);
        }
    }

    private static void report(Outcome outcome, ResultSink sink, PrintWriter err) {
        if (outcome instanceof Outcome.Processed p) {
            for (AnalyzedArticle r : p.records()) {
                r.analysis().failure().ifPresent(why -> err.println("newsgraph: " + why));
            }
            // distinct: a page's snippets are in its language too, and say so in the same words
            p.records().stream().flatMap(r -> r.analysis().reported().stream()).distinct()
                    .forEach(why -> err.println("newsgraph: " + p.page().source().describe() + ": " + why));
            try {
                sink.accept(p.page(), p.records());
            } catch (IOException ex) {
                err.println("newsgraph: cannot write output (" + ex.getMessage() + ")");
            }
        } else if (outcome instanceof Outcome.Failed f) {
            err.println("newsgraph: " + f.message());
            err.flush();
        } else if (outcome instanceof Outcome.Skipped s && s.message() != null) {
            err.println("newsgraph: " + s.message());
        }
    }

    private static void put(BlockingQueue<Future<Outcome>> queue, Future<Outcome> f) {
        try {
            queue.put(f);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (f != END) throw new Stopped();
        }
    }

    /** Unwinds the reader when the writer has stopped listening. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
