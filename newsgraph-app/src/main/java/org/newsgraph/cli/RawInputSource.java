package org.newsgraph.cli;

import java.io.IOException;
import org.newsgraph.index.IngestService;
import org.newsgraph.index.KnowledgeBase;
import org.newsgraph.index.RawInput;
import org.newsgraph.model.PageFormat;
import org.newsgraph.model.SourceRef;
import org.newsgraph.source.PageSink;
import org.newsgraph.source.PageSniffer;
import org.newsgraph.source.PageSource;

/**
 * The raw inputs of a knowledge base as pages again, streamed from one index snapshot: one input's bytes are read
 * from the raw store only when its turn comes, and the run's bounded queue keeps reading from running far ahead.
 * Writes made meanwhile do not disturb the walk, which sees the snapshot it started on.
 */
final class RawInputSource implements PageSource {

    private final KnowledgeBase kb;
    private final String pipelineVersion;
    private final boolean all;
    private final AlreadyStored alreadyStored;

    /**
     * @param pipelineVersion the version about to store the pages
     * @param all             also deliver inputs that version (or one covering it) already processed
     * @param alreadyStored   where the inputs left out go instead, to be counted and named in the run's summary
     */
    RawInputSource(KnowledgeBase kb, String pipelineVersion, boolean all, AlreadyStored alreadyStored) {
        this.kb = kb;
        this.pipelineVersion = pipelineVersion;
        this.all = all;
        this.alreadyStored = alreadyStored;
    }

    @Override
    public String name() {
        return kb.dir().toString();
    }

    @Override
    public void read(PageSink sink) {
        try {
            kb.exporter().rawInputs(input -> deliver(input, sink));
        } catch (IOException e) {
            sink.failure(SourceRef.ofPath(name()), "cannot list the stored inputs (" + e.getMessage() + ")");
        }
    }

    private void deliver(RawInput input, PageSink sink) {
        if (!all && IngestService.covers(input.pipelineVersion(), pipelineVersion)) {
            alreadyStored.add(input.source());
            return;
        }
        if (!kb.raw().contains(input.sha256())) {
            // deleted by hand: its articles stay as stored, nothing can make them again (remove takes them out)
            alreadyStored.missing(input.source());
            return;
        }
        byte[] body;
        try {
            body = kb.raw().read(input.sha256());
        } catch (IOException e) {
            sink.failure(input.source(), "raw input unreadable (" + e.getMessage() + ")");
            return;
        }
        // Knowledge bases from before the format was recorded only have the bytes to go by.
        PageFormat format = input.format() != null ? input.format() : PageSniffer.format(body);
        if (format == null) {
            sink.failure(input.source(), "raw input " + input.sha256() + " is binary, not a page");
            return;
        }
        sink.page(input.page(body, format));
    }
}
