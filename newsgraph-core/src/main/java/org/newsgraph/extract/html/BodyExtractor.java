package org.newsgraph.extract.html;

import org.jsoup.nodes.Document;
import org.newsgraph.extract.ExtractedBody;

/** Finds the main content of a parsed HTML page. Must not modify {@code doc}: metadata is read from it too. */
public interface BodyExtractor {
    ExtractedBody extract(Document doc);
}
