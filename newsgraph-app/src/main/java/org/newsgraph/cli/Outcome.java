package org.newsgraph.cli;

import java.util.List;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.RawPage;

/** What became of one thing read from the inputs, in input order. */
sealed interface Outcome {

    /** A page processed into its article and snippets (analysis empty when the run only extracts). */
    record Processed(RawPage page, List<AnalyzedArticle> records) implements Outcome {
    }

    /** An input, record or page that failed; {@code message} names it and gives the reason. */
    record Failed(String message, boolean page) implements Outcome {
    }

    /**
     * An input or record read but holding no page (an empty file, a non-HTML or non-200 WARC response, a feed
     * item without content), named with the reason in {@code message} as failures are; or, with a null message, a
     * page already stored, which the ingest summary counts and names instead (a rerun skips everything, and a line
     * for each would bury the rest).
     */
    record Skipped(String message) implements Outcome {
    }
}
