package org.newsgraph.model;

/**
 * Where a record came from, precise enough to find it again: the input path, and where they apply the line of a
 * JSON Lines file, the input record's own id (or the WARC-Record-ID), the byte offset of a WARC record, and the URL;
 * and when a crawler says so (a WARC record's WARC-Date), the instant the page was captured, which no publication
 * date can follow.
 */
public record SourceRef(String path, Long line, String recordId, Long offset, String url, String captured) {

    /** A source with no capture time: every input but a crawl's. */
    public SourceRef(String path, Long line, String recordId, Long offset, String url) {
        this(path, line, recordId, offset, url, null);
    }

    public static SourceRef ofPath(String path) {
        return new SourceRef(path, null, null, null, null);
    }

    public SourceRef withUrl(String newUrl) {
        return new SourceRef(path, line, recordId, offset, newUrl, captured);
    }

    public SourceRef withRecordId(String newRecordId) {
        return new SourceRef(path, line, newRecordId, offset, url, captured);
    }

    /** A short human-readable location for error messages: {@code file.warc.gz@1234} or {@code data.jsonl:17}. */
    public String describe() {
        StringBuilder sb = new StringBuilder(path == null ? "-" : path);
        if (line != null) sb.append(':').append(line);
        if (offset != null) sb.append('@').append(offset);
        if (recordId != null && line == null && offset == null) sb.append('#').append(recordId);
        return sb.toString();
    }
}
