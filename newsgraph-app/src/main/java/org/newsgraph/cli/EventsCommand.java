package org.newsgraph.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.dedup.DedupDocument;
import org.newsgraph.dedup.DedupParams;
import org.newsgraph.dedup.NearDuplicateIndex;
import org.newsgraph.events.EventCluster;
import org.newsgraph.events.EventDeduplicator;
import org.newsgraph.events.EventMention;
import org.newsgraph.events.GdeltWriter;
import org.newsgraph.index.internal.Json;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph events}: the coded events of the knowledge base, one row per real event with its mentions.
 * Reports of one event in several articles become one event (same type, modality, actors, dates within
 * {@link #WINDOW_DAYS}); syndicated copies of an article count as mentions but not as independent sources.
 */
@Command(name = "events", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Exports the events coded at ingest (ingest --events): one row per real event with its"
                + " mentions, syndicated copies not counted as independent.",
                "Formats: jsonl (event, mentions), csv (one flat row per event), gdelt (GDELT 2.0 event table on"
                        + " stdout, asserted events only; --mentions FILE writes the mention table; docs/events.md)."})
final class EventsCommand implements Callable<Integer> {

    static final int WINDOW_DAYS = 3;

    enum Format { jsonl, csv, gdelt }

    @Spec
    private CommandSpec spec;

    @Mixin
    private KnowledgeBaseOption knowledgeBase;

    @Option(names = "--actor", paramLabel = "X", description = "Only events with an actor whose country code,"
            + " entity id or words match X (case-insensitive), e.g. PRK or \"Kim Jong-un\".")
    private String actor;

    @Option(names = "--type", paramLabel = "T", description = "Only this PLOVER event type, e.g. CONSULT.")
    private String type;

    @Option(names = "--from", paramLabel = "DATE", description = "Only events dated on or after this ISO date.")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only events dated on or before this ISO date.")
    private LocalDate to;

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
        List<EventCluster> clusters = new EventDeduplicator(WINDOW_DAYS).dedup(reports());
        PrintWriter out = spec.commandLine().getOut();
        long written = switch (format) {
            case jsonl -> {
                for (EventCluster c : clusters) out.println(JsonLinesWriter.MAPPER.writeValueAsString(c));
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
        spec.commandLine().getErr().println("newsgraph: " + written + " events");
        return 0;
    }

    private long gdelt(List<EventCluster> clusters, PrintWriter out) throws IOException {
        try (Writer mentions = mentionsFile == null ? null
                : Files.newBufferedWriter(mentionsFile, StandardCharsets.UTF_8)) {
            GdeltWriter writer = new GdeltWriter(out, mentions);
            return clusters.stream().filter(writer::write).count();
        }
    }

    /** Every stored event that passes the filters, as a report by its article; copies share a copy group. */
    private List<EventMention> reports() throws IOException {
        List<AnalyzedArticle> articles = StoredInPublicationOrder.read(knowledgeBase.data);
        NearDuplicateIndex copies = new NearDuplicateIndex(DedupParams.DEFAULT);
        for (AnalyzedArticle a : articles) copies.add(DedupDocument.of(a.article()));
        List<EventMention> reports = new ArrayList<>();
        for (AnalyzedArticle a : articles) {
            Article article = a.article();
            for (Event e : a.analysis().events()) {
                if (!wanted(e)) continue;
                int sentence = a.analysis().sentences().indexOf(e.sentence()) + 1;
                reports.add(new EventMention(article.id(), copies.canonicalOf(article.id()), article.publisher(),
                        article.url(), article.published(), sentence, article.text().length(), e, true));
            }
        }
        return reports;
    }

    private boolean wanted(Event e) {
        if (type != null && !type.equalsIgnoreCase(e.type())) return false;
        if (actor != null && !matches(e.source()) && !matches(e.target())) return false;
        if (from != null || to != null) {
            LocalDate day = e.date() == null || e.date().length() < 10 ? null
                    : LocalDate.parse(e.date().substring(0, 10));
            if (day == null || (from != null && day.isBefore(from)) || (to != null && day.isAfter(to))) return false;
        }
        return true;
    }

    private boolean matches(EventActor a) {
        if (a == null) return false;
        String x = actor.toLowerCase(Locale.ROOT);
        return x.equalsIgnoreCase(a.country()) || x.equalsIgnoreCase(a.entity())
                || (a.text() != null && a.text().toLowerCase(Locale.ROOT).contains(x));
    }

    /** One flat CSV row per event. */
    @JsonPropertyOrder({"event_id", "date", "date_basis", "type", "mode", "modality", "cameo", "goldstein",
            "quad_class", "source_country", "source_sector", "source_text", "target_country", "target_sector",
            "target_text", "mentions", "independent_mentions", "first_article_id"})
    record EventRow(long eventId, String date, String dateBasis, String type, String mode, String modality,
                    String cameo, double goldstein, int quadClass, String sourceCountry, String sourceSector,
                    String sourceText, String targetCountry, String targetSector, String targetText, int mentions,
                    long independentMentions, String firstArticleId) {

        static EventRow of(EventCluster c) {
            Event e = c.event();
            EventActor s = e.source();
            EventActor t = e.target();
            return new EventRow(c.id(), e.date(), e.dateBasis() == null ? null : e.dateBasis().json(), e.type(),
                    e.mode(), e.modality() == null ? null : e.modality().json(), e.cameo(), e.goldstein(),
                    e.quadClass(), s == null ? null : s.country(), s == null ? null : s.sector(),
                    s == null ? null : s.text(), t == null ? null : t.country(), t == null ? null : t.sector(),
                    t == null ? null : t.text(), c.mentions().size(),
                    c.mentions().stream().filter(EventMention::independent).count(),
                    c.mentions().get(0).articleId());
        }
    }
}
