package org.newsgraph.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.newsgraph.model.RawPage;
import org.newsgraph.model.SourceRef;
import org.newsgraph.source.PageSink;
import org.newsgraph.source.PageSource;

/**
 * A source's pages as an iterator, which is what a Spark task returns. Sources push pages to a sink; a reader thread
 * does that into a short queue, so a task holds a few pages of a large WARC file at a time, never the whole file.
 */
final class PulledPages implements Iterator<PulledPages.Item>, AutoCloseable {

    /** What the source found: a page, or an input (or part of one) that failed or held nothing to extract. */
    sealed interface Item permits Page, Problem, End {
    }

    record Page(RawPage page) implements Item {
    }

    record Problem(SourceRef where, boolean failed, String reason) implements Item {
    }

    private record End() implements Item {
    }

    private static final int QUEUE = 8;

    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Thread reader;
    private Item next;

    private PulledPages(PageSource source) {
        reader = new Thread(() -> read(source), "newsgraph-read " + source.name());
        reader.setDaemon(true);
    }

    static PulledPages start(PageSource source) {
        PulledPages pages = new PulledPages(source);
        pages.reader.start();
        return pages;
    }

    private void read(PageSource source) {
        PageSink sink = new PageSink() {
            @Override
            public void page(RawPage page) {
                put(new Page(page));
            }

            @Override
            public void failure(SourceRef where, String reason) {
                put(new Problem(where, true, reason));
            }

            @Override
            public void skipped(SourceRef where, String reason) {
                put(new Problem(where, false, reason));
            }
        };
        try {
            source.read(sink);
        } catch (Closed e) {
            return;
        } catch (RuntimeException e) {
            put(new Problem(SourceRef.ofPath(source.name()), true, "internal error while reading (" + e + ")"));
        }
        put(new End());
    }

    private void put(Item item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            throw new Closed();
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading " + reader.getName(), e);
            }
        }
        return !(next instanceof End);
    }

    @Override
    public Item next() {
        if (!hasNext()) throw new NoSuchElementException();
        Item item = next;
        next = null;
        return item;
    }

    /** Stops the reader of a task that ends before its source does (a failed or killed task). */
    @Override
    public void close() {
        reader.interrupt();
    }

    /** Unwinds the reader when the task no longer takes pages. */
    private static final class Closed extends RuntimeException {
        Closed() {
            super(null, null, false, false);
        }
    }
}
