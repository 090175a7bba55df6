package org.newsgraph.cli;

import java.io.IOException;
import java.util.List;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.RawPage;

/** Where a run's results go, one page at a time, in input order, on the run's single writing thread. */
@FunctionalInterface
interface ResultSink {
    void accept(RawPage page, List<AnalyzedArticle> records) throws IOException;
}
