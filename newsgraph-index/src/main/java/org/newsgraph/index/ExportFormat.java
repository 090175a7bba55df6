package org.newsgraph.index;

/** How exports are written: one JSON object per line, or CSV with a header row. */
public enum ExportFormat {
    JSONL, CSV
}
