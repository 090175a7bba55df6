package org.newsgraph.extract.text;

/** Takes a plain-text scrape of a news page apart into article, metadata and snippets. */
public interface ScrapeParser {
    ScrapedPage parse(String text);
}
