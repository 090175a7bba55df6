package org.newsgraph.cli;

import java.util.List;
import org.newsgraph.model.Article;

/** What became of one thing read from the inputs, in input order. */
sealed interface Outcome {

    /** A page extracted into its article and snippets. */
    record Extracted(List<Article> articles) implements Outcome {
    }

    /** An input, record or page that failed; {@code message} names it and gives the reason. */
    record Failed(String message, boolean page) implements Outcome {
    }

    /** A record read but not a page (a non-HTML or non-200 WARC response). */
    record Skipped() implements Outcome {
    }
}
