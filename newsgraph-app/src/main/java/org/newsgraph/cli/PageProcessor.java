package org.newsgraph.cli;

import java.util.List;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.RawPage;

/**
 * What a run does to each page, on a worker thread: extraction alone, or extraction and analysis. Returns null for
 * a page that needs no work (already stored), which the run counts as skipped.
 */
@FunctionalInterface
interface PageProcessor {
    List<AnalyzedArticle> process(RawPage page);
}
