package org.newsgraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.newsgraph.model.SourceRef;

/**
 * The inputs a run skipped because their raw bytes were stored before (a rerun, or in a reindex an input the current
 * version, or one covering it, already processed), and those skipped because another input of the same run holds the
 * same bytes (one file under two names, a WARC record written twice): named in the summary so that a user who
 * expected them stored learns which they were. Either way the bytes are stored once. A rerun over a whole corpus
 * skips everything, so only the first few of each are named.
 */
final class AlreadyStored {
    static final int NAMED = 5;

    private final Named stored = new Named();
    private final Named repeated = new Named();
    private final Named missing = new Named();

    /** An input stored by an earlier run. Safe from any worker thread. */
    void add(SourceRef where) {
        stored.add(where);
    }

    /** A stored input whose raw file is gone (deleted by hand): its articles are kept as they were stored. */
    void missing(SourceRef where) {
        missing.add(where);
    }

    /** An input whose bytes another input of this run holds. Safe from any worker thread. */
    void repeated(SourceRef where) {
        repeated.add(where);
    }

    /**
     * "2 inputs were already stored (a.html, b.html)", with "and N more" past the named ones (the first found), then,
     * when there were any, "; 1 repeated another input of this run (c.html)".
     */
    String summary() {
        long n = stored.count.get();
        String summary = Counted.of(n, "input") + (n == 1 ? " was" : " were") + " already stored" + stored.names();
        long r = repeated.count.get();
        if (r > 0) {
            summary += "; " + Counted.of(r, "input") + " repeated the bytes of another input of this run, stored once"
                    + repeated.names();
        }
        long m = missing.count.get();
        if (m > 0) {
            summary += "; " + Counted.of(m, "stored input") + (m == 1 ? " has lost its raw file, its articles"
                    : " have lost their raw files, their articles") + " kept as stored" + missing.names()
                    + " (newsgraph remove takes them out)";
        }
        return summary;
    }

    private static final class Named {
        private final AtomicLong count = new AtomicLong();
        private final List<String> names = new ArrayList<>();

        void add(SourceRef where) {
            count.incrementAndGet();
            synchronized (names) {
                if (names.size() < NAMED) names.add(where.describe());
            }
        }

        /** " (a.html, b.html, and 3 more)", or nothing when none was named. */
        String names() {
            synchronized (names) {
                if (names.isEmpty()) return "";
                long more = count.get() - names.size();
                return " (" + String.join(", ", names) + (more > 0 ? ", and " + more + " more" : "") + ")";
            }
        }
    }
}
