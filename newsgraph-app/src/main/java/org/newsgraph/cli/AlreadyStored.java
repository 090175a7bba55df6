package org.newsgraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.newsgraph.model.SourceRef;

/**
 * The inputs a run skipped because their raw bytes were stored before (a rerun, the same file under two names, or in
 * a reindex an input the current version, or one covering it, already processed),
 * named in the summary so that a user who expected them stored learns which they were. A rerun over a whole corpus
 * skips everything, so only the first few are named.
 */
final class AlreadyStored {
    static final int NAMED = 5;

    private final AtomicLong count = new AtomicLong();
    private final List<String> named = new ArrayList<>();

    /** Safe from any worker thread. */
    void add(SourceRef where) {
        count.incrementAndGet();
        synchronized (named) {
            if (named.size() < NAMED) named.add(where.describe());
        }
    }

    long count() {
        return count.get();
    }

    /** "2 inputs were already stored (a.html, b.html)", with "and N more" past the named ones (the first found). */
    String summary() {
        long n = count.get();
        StringBuilder sb = new StringBuilder(Counted.of(n, "input")).append(n == 1 ? " was" : " were")
                .append(" already stored");
        synchronized (named) {
            if (!named.isEmpty()) {
                sb.append(" (").append(String.join(", ", named));
                if (n > named.size()) sb.append(", and ").append(n - named.size()).append(" more");
                sb.append(')');
            }
        }
        return sb.toString();
    }
}
