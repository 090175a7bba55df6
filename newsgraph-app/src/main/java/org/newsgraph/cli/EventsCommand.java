package org.newsgraph.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.events.EventCluster;
import org.newsgraph.events.EventMention;
import org.newsgraph.events.GdeltWriter;
import org.newsgraph.index.BadQueryException;
import org.newsgraph.index.EventFilter;
import org.newsgraph.index.EventQueries;
import org.newsgraph.index.KnowledgeBase;
import org.newsgraph.index.SearchFilters;
import org.newsgraph.index.internal.Json;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph events}: the coded events of the knowledge base, one row per real event with its mentions.
 * Reports of one event in several articles become one event (same type, modality, actors, dates a few days apart:
 * {@link EventQueries}); syndicated copies of an article count as mentions but not as independent sources. An event
 * passes the filters when one of its reports does.
 */
@Command(name = "events", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Exports the events coded at ingest (ingest --events): one row per real event with its"
                + " mentions, syndicated copies not counted as independent.",
                "Formats: jsonl (id as a string, as the API writes it; event, mentions), csv (one flat row per event),"
                        + " gdelt (GDELT 2.0 event table on stdout, asserted events only; --mentions FILE writes the"
                        + " mention table; docs/events.md)."})
final class EventsCommand implements Callable<Integer> {

    enum Format { jsonl, csv, gdelt }

    @Spec
    private CommandSpec spec;

    @Mixin
    private KnowledgeBaseOption knowledgeBase;

    @Option(names = "--actor", paramLabel = "X", description = "Only events with an actor whose country code,"
            + " entity id or words match X (case-insensitive), or that is an entity X names, whatever words its"
            + " sentence uses for it: e.g. PRK or \"Kim Jong Un\".")
    private String actor;

    @Option(names = "--type", paramLabel = "T", description = "Only this PLOVER event type, e.g. CONSULT.")
    private String type;

    @Option(names = "--from", paramLabel = "DATE", description = "Only events dated on or after this ISO date.")
    private String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only events dated on or before this ISO date.")
    private String to;

    @Option(names = "--coded", description = "Only events whose doer the actor dictionaries code (a country, an"
            + " international organisation or a sector), as TABARI and PETRARCH code them: fewer wrong events, some"
            + " right ones lost (docs/events.md).")
    private boolean coded;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl (default), csv or gdelt.")
    private Format format;

    @Option(names = "--mentions", paramLabel = "FILE", description = "With --format gdelt: write the mention table"
            + " here.")
    private Path mentionsFile;

    @Override
    public Integer call() throws IOException {
        if (mentionsFile != null && format != Format.gdelt) {
            throw new ParameterException(spec.commandLine(), "--mentions goes with --format gdelt");
        }
        List<EventCluster> clusters = clusters();
        PrintWriter out = spec.commandLine().getOut();
        long written = switch (format) {
            case jsonl -> {
                for (EventCluster c : clusters) out.println(RecordJson.MAPPER.writeValueAsString(withTextId(c)));
                yield clusters.size();
            }
            case csv -> {
                try (SequenceWriter csv = Json.CSV.writer(Json.CSV.schemaFor(EventRow.class).withHeader())
                        .writeValues(out)) {
                    for (EventCluster c : clusters) csv.write(EventRow.of(c));
                }
                yield clusters.size();
            }
            case gdelt -> gdelt(clusters, out);
        };
        out.flush();
        spec.commandLine().getErr().println("newsgraph: " + Counted.of(written, "event")
                + (written == clusters.size() ? "" : " (" + (clusters.size() - written) + " more left out: GDELT rows"
                        + " are asserted and dated; --format jsonl has them all)"));
        return 0;
    }

    private long gdelt(List<EventCluster> clusters, PrintWriter out) throws IOException {
        try (Writer mentions = mentionsFile == null ? null
                : Files.newBufferedWriter(mentionsFile, StandardCharsets.UTF_8)) {
            GdeltWriter writer = new GdeltWriter(out, mentions);
            return clusters.stream().filter(writer::write).count();
        }
    }

    /**
     * The event as JSON with its id as a string, as the API writes it: a 63-bit number, which JavaScript (and any
     * reader parsing JSON numbers as doubles) would round to another event's id.
     */
    private static ObjectNode withTextId(EventCluster c) {
        ObjectNode json = RecordJson.MAPPER.valueToTree(c);
        json.put("id", Long.toString(c.id()));
        return json;
    }

    /** The real events with a report passing the filters, as the knowledge base folds them. */
    private List<EventCluster> clusters() throws IOException {
        EventFilter filter;
        try {
            filter = new EventFilter(actor, type, SearchFilters.date("--from", from), SearchFilters.date("--to", to),
                    coded);
        } catch (BadQueryException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        try (KnowledgeBase kb = KnowledgeBase.openReadOnly(knowledgeBase.data)) {
            return kb.searcher().events().clusters(filter);
        }
    }

    /**
     * One flat CSV row per event: the event, its sides (country, sector, the CAMEO actor code GDELT exports, the
     * words), how often it was reported, and where first (columns added later go at the end, so readers by position
     * keep working).
     */
    @JsonPropertyOrder({"event_id", "date", "date_basis", "type", "mode", "modality", "cameo", "goldstein",
            "quad_class", "source_country", "source_sector", "source_text", "target_country", "target_sector",
            "target_text", "mentions", "independent_mentions", "first_article_id", "source_code", "target_code",
            "first_url", "first_publisher"})
    record EventRow(long eventId, String date, String dateBasis, String type, String mode, String modality,
                    String cameo, double goldstein, int quadClass, String sourceCountry, String sourceSector,
                    String sourceText, String targetCountry, String targetSector, String targetText, int mentions,
                    long independentMentions, String firstArticleId, String sourceCode, String targetCode,
                    String firstUrl, String firstPublisher) {

        static EventRow of(EventCluster c) {
            Event e = c.event();
            EventActor s = e.source();
            EventActor t = e.target();
            EventMention first = c.mentions().get(0);
            return new EventRow(c.id(), e.date(), e.dateBasis() == null ? null : e.dateBasis().json(), e.type(),
                    e.mode(), e.modality() == null ? null : e.modality().json(), e.cameo(), e.goldstein(),
                    e.quadClass(), s == null ? null : s.country(), s == null ? null : s.sector(),
                    s == null ? null : s.text(), t == null ? null : t.country(), t == null ? null : t.sector(),
                    t == null ? null : t.text(), c.mentions().size(),
                    c.mentions().stream().filter(EventMention::independent).count(), first.articleId(),
                    s == null ? null : s.code(), t == null ? null : t.code(), first.url(), first.publisher());
        }
    }
}
