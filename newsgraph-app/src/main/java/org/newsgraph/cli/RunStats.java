package org.newsgraph.cli;

import java.util.Locale;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.ArticleKind;

/** Counts for the summary line that ends every run. Updated by the single thread that writes the output. */
final class RunStats {

    private final long startNanos = System.nanoTime();
    private long pages;
    private long articles;
    private long snippets;
    private long skipped;
    private long failed;
    private long analysisFailed;
    private boolean stopped;

    void add(Outcome outcome) {
        if (outcome instanceof Outcome.Processed p) {
            pages++;
            for (AnalyzedArticle a : p.records()) {
                if (a.article().kind() == ArticleKind.SNIPPET) snippets++;
                else articles++;
                if (a.analysis().failure().isPresent()) analysisFailed++;
            }
        } else if (outcome instanceof Outcome.Failed f) {
            if (f.page()) pages++;
            failed++;
        } else {
            skipped++;
        }
    }

    /** The output went away, or a stop was asked for, before the inputs were exhausted. */
    void stop() {
        stopped = true;
    }

    boolean stopped() {
        return stopped;
    }

    /** Whether everything given was read and nothing failed. */
    boolean complete() {
        return failed == 0 && analysisFailed == 0 && !stopped;
    }

    String summary() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return String.format(Locale.ROOT,
                "newsgraph: %s processed, %s, %s, %d skipped, %d failed in %.2f s (%.1f pages/s)",
                Counted.of(pages, "page"), Counted.of(articles, "article"), Counted.of(snippets, "snippet"), skipped,
                failed, seconds, seconds > 0 ? pages / seconds : 0.0)
                + (analysisFailed == 0 ? "" : "; analysis failed on " + analysisFailed
                        + " of them (kept with their extraction, without annotations)");
    }
}
