package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.newsgraph.index.BadQueryException;
import org.newsgraph.index.FacetValue;
import org.newsgraph.index.KnowledgeBase;
import org.newsgraph.index.SearchFacets;
import org.newsgraph.index.SearchFilters;
import org.newsgraph.index.Snippet;
import org.newsgraph.index.internal.Json;
import org.newsgraph.model.Span;
import org.newsgraph.web.ConnectedSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsgraph search}: ranked articles with snippets, then facet counts. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the knowledge base: BM25 ranking with a title boost, highlighted snippets and facet "
                + "counts.", "Query syntax is Lucene's: words are all required; OR, \"phrases\", -exclusions and "
                + "title:word work. An empty query lists everything, newest first."},
        exitCodeOnInvalidInput = 2)
public final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", description = "What to look for.")
    String query = "";

    @Option(names = "--entity", paramLabel = "NAME", description = "Only articles mentioning this entity: its id, a"
            + " name it is written as, or words of its name (\"Okafor\" for Maria Okafor).")
    String entity;

    @Option(names = "--publisher", paramLabel = "P", description = "Only articles from this publisher.")
    String publisher;

    @Option(names = "--from", paramLabel = "DATE", description = "Published on or after this ISO date.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Published on or before this ISO date.")
    String to;

    @Option(names = "--language", paramLabel = "CODE",
            description = "Only articles in this language (ISO 639-1 code, e.g. en).")
    String language;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Hits to skip, for paging.")
    int offset;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "jsonl (one hit per line, totals and facets on stderr) or table (default).")
    String format;

    @Mixin
    KnowledgeBaseOption knowledgeBase;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!fmt.equals("jsonl") && !fmt.equals("table")) {
            err.println("search: --format must be jsonl or table, not '" + format + "'");
            return 2;
        }
        try (KnowledgeBase kb = KnowledgeBase.openReadOnly(knowledgeBase.data)) {
            SearchFilters filters = new SearchFilters(entity, publisher, SearchFilters.date("--from", from),
                    SearchFilters.date("--to", to), SearchFilters.language("--language", language));
            ConnectedSearch.Result result = new ConnectedSearch(kb.searcher(), kb.connections())
                    .search(query, filters, limit, offset, false);
            if (result.message() != null) err.println("search: " + result.message());
            if (fmt.equals("jsonl")) {
                for (ConnectedSearch.Hit hit : result.hits()) out.println(Json.MAPPER.writeValueAsString(hit));
                err.println(summary(result));
            } else {
                printTable(out, result);
            }
            out.flush();
            return 0;
        } catch (BadQueryException e) {
            err.println("search: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("search: " + e.getMessage());
            return 1;
        }
    }

    private static void printTable(PrintWriter out, ConnectedSearch.Result result) {
        int rank = result.offset();
        for (ConnectedSearch.Hit hit : result.hits()) {
            out.printf("%3d. %s%s  %-10s  %s%n", ++rank, kindMark(hit), hit.title() == null ? "(untitled)" : hit.title(),
                    hit.published() == null ? "" : hit.published(), hit.publisher() == null ? "" : hit.publisher());
            out.printf("     id %s%s%n", hit.id(), hit.url() == null ? "" : "  " + hit.url());
            String connections = connections(hit);
            if (!connections.isEmpty()) out.println("     " + connections);
            for (Snippet s : hit.snippets()) out.println("     " + marked(s));
        }
        out.println(summary(result));
    }

    /** "[teaser, cut off] " before a snippet's title, so a teaser is never read as the story it announces. */
    static String kindMark(ConnectedSearch.Hit hit) {
        if (!"snippet".equals(hit.kind())) return hit.truncated() ? "[cut off] " : "";
        return hit.truncated() ? "[teaser, cut off] " : "[teaser] ";
    }

    /** "and 3 copies · story: Floods in Saxony (story-12)", as the web page shows them; empty when neither. */
    private static String connections(ConnectedSearch.Hit hit) {
        List<String> parts = new ArrayList<>(2);
        if (hit.copies() > 0) parts.add("and " + hit.copies() + (hit.copies() == 1 ? " copy" : " copies"));
        if (hit.story() != null) {
            parts.add("story: " + (hit.storyLabel() == null ? hit.story() : hit.storyLabel() + " (" + hit.story() + ")"));
        }
        return String.join(" \u00b7 ", parts);
    }

    /** Snippet text with matches in «guillemets»: visible without a terminal, and rare in news text. */
    static String marked(Snippet s) {
        StringBuilder sb = new StringBuilder(s.text().length() + 16);
        int at = 0;
        for (Span h : s.highlights()) {
            sb.append(s.text(), at, h.start()).append('«').append(s.text(), h.start(), h.end()).append('»');
            at = h.end();
        }
        return sb.append(s.text(), at, s.text().length()).toString().replaceAll("\\s+", " ");
    }

    /**
     * The total counts copies, the table lists each group once: without this, "4 hits" sits above 3 listed
     * results. Says how many were listed and how many copies went into them (", 3 shown, 1 copy folded in").
     */
    private static String folded(ConnectedSearch.Result r) {
        if (r.copiesFolded() == 0) return "";
        return " with copies, " + r.hits().size() + " shown, "
                + Counted.of(r.copiesFolded(), "copy", "copies") + " folded in";
    }

    private static String summary(ConnectedSearch.Result r) {
        SearchFacets f = r.facets();
        return Counted.of(r.totalHits(), "hit") + folded(r)
                + (f.sampled() ? " (facet counts estimated from " + f.countedHits() + " sampled hits)" : "") + facet("publisher", f.publisher()) + facet("entity", f.entity())
                + facet("language", f.language()) + facet("month", f.month());
    }

    private static String facet(String name, List<FacetValue> values) {
        if (values.isEmpty()) return "";
        return "\n  " + name + ": " + values.stream().map(v -> v.label() + " (" + v.count() + ")")
                .collect(Collectors.joining(", "));
    }
}
