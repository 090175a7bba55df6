package org.newsgraph.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.source.PageSource;
import org.newsgraph.source.SourceOptions;
import org.newsgraph.source.Sources;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs and worker options shared by every command that reads pages (extract, analyze, ingest). */
final class InputOptions {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, or - for stdin.")
    List<String> paths;

    @Mixin
    private ThreadsOption workers;

    @Option(names = "--max-page-size", paramLabel = "SIZE", defaultValue = "16M", converter = ByteSizeConverter.class,
            description = "Largest page read into memory, e.g. 16M, 512K (default: ${DEFAULT-VALUE}). Bigger pages"
                    + " are reported as failures without being read whole.")
    private long maxPageSize;

    /**
     * Whether none of the paths names anything that exists (stdin always does): a command that would create
     * something for its inputs (ingest, a knowledge base) names each and creates nothing, where a mistyped path would
     * otherwise leave an empty base behind.
     */
    boolean noneExists(PrintWriter err) {
        if (paths.stream().anyMatch(p -> p.equals("-") || exists(p))) return false;
        for (String p : paths) err.println("newsgraph: " + p + ": no such file or directory");
        return true;
    }

    private static boolean exists(String path) {
        try {
            return Files.exists(Path.of(path));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    int threads() {
        return workers.threads();
    }

    List<PageSource> sources(InputStream stdin) {
        SourceOptions options = new SourceOptions(maxPageSize);
        List<PageSource> sources = new ArrayList<>(paths.size());
        for (String p : paths) {
            PageSource source = Sources.open(p, options, stdin);
            // stdin has no size to know in advance; everything else is measured, so progress can show an ETA
            sources.add(p.equals("-") ? source : measured(source, p));
        }
        return sources;
    }

    private static PageSource measured(PageSource source, String path) {
        try {
            return MeasuredSource.of(source, Path.of(path));
        } catch (InvalidPathException e) {
            return source; // reading reports the bad path
        }
    }
}
