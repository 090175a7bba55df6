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
import java.util.concurrent.atomic.AtomicInteger;
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
 * reader waits when the writer falls behind.
 */
final class PageRun {

    private static final Future<Outcome> END = CompletableFuture.completedFuture(null);

    private final PageProcessor processor;
    private final int threads;

    PageRun(PageProcessor processor, int threads) {
        this.processor = processor;
        this.threads = threads;
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
            for (Future<Outcome> next = queue.take(); next != END; next = queue.take()) {
                Outcome outcome = await(next);
                stats.add(outcome);
                report(outcome, sink, err);
                progress.step();
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

    private static Outcome await(Future<Outcome> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            return new Outcome.Failed("-: internal error (" + e.getCause() + ")", true);
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
