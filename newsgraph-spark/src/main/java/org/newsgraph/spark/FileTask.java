package org.newsgraph.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.util.TaskCompletionListener;
import org.newsgraph.extract.ExtractionException;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.RawPage;
import org.newsgraph.model.RecordJson;
import org.newsgraph.model.SourceRef;
import org.newsgraph.source.PageSource;
import org.newsgraph.source.SourceOptions;
import org.newsgraph.source.Sources;

/**
 * A Spark task's work on one input file: every page it holds extracted and analysed as {@code newsgraph analyze}
 * would, one article row per record, and a problem row for every page or part of the file that failed or held
 * nothing, so a bad record costs that record and the job goes on.
 */
final class FileTask implements FlatMapFunction<String, TableRow> {

    private final boolean events;
    private final long maxPageBytes;
    private final HashMap<String, String> hadoop;

    /** @param hadoop the driver's Hadoop settings, for inputs named by URI; empty when there are none */
    FileTask(boolean events, long maxPageBytes, Map<String, String> hadoop) {
        this.events = events;
        this.maxPageBytes = maxPageBytes;
        this.hadoop = new HashMap<>(hadoop);
    }

    @Override
    public Iterator<TableRow> call(String file) {
        SourceOptions options = new SourceOptions(maxPageBytes);
        Path copy = null;
        PageSource source;
        if (HadoopInputs.isUri(file)) {
            try {
                copy = HadoopInputs.copy(file, hadoop);
            } catch (IOException e) {
                return List.of(problem(SourceRef.ofPath(file), true, "cannot copy it to local disk (" + e + ")"))
                        .iterator();
            }
            source = Sources.copyOf(file, copy, options);
        } else {
            source = Sources.open(file, options, InputStream.nullInputStream());
        }
        PulledPages pages = PulledPages.start(source);
        Path local = copy;
        TaskContext task = TaskContext.get();
        if (task != null) task.addTaskCompletionListener((TaskCompletionListener) done -> {
            pages.close();
            if (local != null) deleteCopy(local);
        });
        return new Rows(pages, Stages.of(events));
    }

    private static void deleteCopy(Path copy) {
        try {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(copy.getParent());
        } catch (IOException e) {
            // a temporary file left behind costs disk, not results; the task has read what it needed
        }
    }

    /** Rows made lazily, a page at a time, as Spark pulls them. */
    private static final class Rows implements Iterator<TableRow> {
        private final PulledPages pages;
        private final Stages stages;
        private final ArrayDeque<TableRow> ready = new ArrayDeque<>();

        Rows(PulledPages pages, Stages stages) {
            this.pages = pages;
            this.stages = stages;
        }

        @Override
        public boolean hasNext() {
            while (ready.isEmpty() && pages.hasNext()) {
                PulledPages.Item item = pages.next();
                if (item instanceof PulledPages.Page p) {
                    process(p.page());
                } else if (item instanceof PulledPages.Problem problem) {
                    ready.add(problem(problem.where(), problem.failed(), problem.reason()));
                }
            }
            return !ready.isEmpty();
        }

        @Override
        public TableRow next() {
            if (!hasNext()) throw new NoSuchElementException();
            return ready.poll();
        }

        private void process(RawPage page) {
            try {
                for (AnalyzedArticle record : stages.process(page)) {
                    ready.add(new TableRow(TableRow.Table.ARTICLES, RecordJson.MAPPER.writeValueAsString(record)));
                }
            } catch (ExtractionException e) {
                ready.add(problem(e.source() == null ? page.source() : e.source(), true, e.reason()));
            } catch (JsonProcessingException | RuntimeException | StackOverflowError e) {
                // A bug or a page beyond what a parser can take must cost that page, not the task (as in the CLI).
                ready.add(problem(page.source(), true, "internal error (" + e + ")"));
            }
        }
    }

    static TableRow problem(SourceRef where, boolean failed, String reason) {
        ObjectNode row = RecordJson.MAPPER.createObjectNode();
        row.set("source", RecordJson.MAPPER.valueToTree(where));
        row.put("outcome", failed ? "failed" : "skipped");
        row.put("reason", reason);
        return new TableRow(TableRow.Table.PROBLEMS, row.toString());
    }
}
