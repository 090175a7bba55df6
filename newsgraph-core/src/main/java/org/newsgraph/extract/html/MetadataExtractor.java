package org.newsgraph.extract.html;

import org.jsoup.nodes.Document;
import org.newsgraph.extract.PageMetadata;

/** Reads what a parsed HTML page says about itself (JSON-LD, OpenGraph, meta tags, bylines in the DOM). */
public interface MetadataExtractor {
    /**
     * @param pageUrl the URL the page was fetched from, or null; used to resolve relative links
     */
    PageMetadata extract(Document doc, String pageUrl);
}
