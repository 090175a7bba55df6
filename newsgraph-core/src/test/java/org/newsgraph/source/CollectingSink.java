package org.newsgraph.source;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.RawPage;
import org.newsgraph.model.SourceRef;

/** Records what a source delivers, in order, for assertions. */
final class CollectingSink implements PageSink {

    final List<RawPage> pages = new ArrayList<>();
    final List<String> failures = new ArrayList<>();
    final List<String> skipped = new ArrayList<>();
    /** Everything in arrival order: "page <where>", "failure <where>: <reason>", "skipped <where>". */
    final List<String> events = new ArrayList<>();

    @Override
    public void page(RawPage page) {
        pages.add(page);
        events.add("page " + page.source().describe());
    }

    @Override
    public void failure(SourceRef where, String reason) {
        failures.add(where.describe() + ": " + reason);
        events.add("failure " + where.describe() + ": " + reason);
    }

    @Override
    public void skipped(SourceRef where, String reason) {
        skipped.add(where.describe() + ": " + reason);
        events.add("skipped " + where.describe());
    }

    static CollectingSink read(String arg) {
        return read(arg, SourceOptions.DEFAULT);
    }

    static CollectingSink read(String arg, SourceOptions options) {
        CollectingSink sink = new CollectingSink();
        Sources.open(arg, options, InputStream.nullInputStream()).read(sink);
        return sink;
    }

    String text(int i) {
        return new String(pages.get(i).body(), StandardCharsets.UTF_8);
    }
}
