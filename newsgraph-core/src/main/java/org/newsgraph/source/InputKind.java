package org.newsgraph.source;

import java.util.Locale;

/** What a single input file holds, decided by its name when that says something, else by its content. */
enum InputKind {
    TEXT, HTML, WARC, JSON_LINES, JSON, FEED;

    /** The kind a file name announces (after any {@code .gz}), or null when the name says nothing. */
    static InputKind fromName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
        int dot = name.lastIndexOf('.');
        if (dot < 0) return null;
        return switch (name.substring(dot + 1)) {
            case "txt", "text" -> TEXT;
            case "html", "htm", "xhtml", "shtml" -> HTML;
            case "warc" -> WARC;
            case "jsonl", "ndjson" -> JSON_LINES;
            case "json" -> JSON;
            case "rss", "atom", "rdf" -> FEED;
            default -> null;
        };
    }
}
