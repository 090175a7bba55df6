package org.newsgraph.index.internal;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Scratch objects given back after use, for the next caller to take instead of allocating anew; at most {@code max}
 * are kept, so what a burst of concurrent callers allocated is let go after it. Thread-safe; an object is never held
 * by two callers at once as long as each gives back only what it took.
 */
final class Spares<T> {
    private final ConcurrentLinkedDeque<T> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger count = new AtomicInteger();
    private final int max;

    Spares(int max) {
        this.max = max;
    }

    /** A spare, most recently given back first (its memory most likely still in cache), or null when none is. */
    T take() {
        T t = idle.pollFirst();
        if (t != null) count.decrementAndGet();
        return t;
    }

    void giveBack(T t) {
        if (count.incrementAndGet() <= max) {
            idle.offerFirst(t);
        } else {
            count.decrementAndGet();
        }
    }
}
