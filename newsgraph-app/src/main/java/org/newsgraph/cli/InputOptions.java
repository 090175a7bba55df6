package org.newsgraph.cli;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.source.PageSource;
import org.newsgraph.source.SourceOptions;
import org.newsgraph.source.Sources;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The inputs and worker options shared by every command that reads pages (extract, analyze, ingest). */
final class InputOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, or - for stdin.")
    List<String> paths;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    private Integer threads;

    @Option(names = "--max-page-size", paramLabel = "SIZE", defaultValue = "16M", converter = ByteSizeConverter.class,
            description = "Largest page read into memory, e.g. 16M, 512K (default: ${DEFAULT-VALUE}). Bigger pages"
                    + " are reported as failures without being read whole.")
    private long maxPageSize;

    int threads() {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || n > 512) {
            throw new ParameterException(spec.commandLine(), "--threads must be between 1 and 512, got " + n);
        }
        return n;
    }

    List<PageSource> sources(InputStream stdin) {
        SourceOptions options = new SourceOptions(maxPageSize);
        List<PageSource> sources = new ArrayList<>(paths.size());
        for (String p : paths) sources.add(Sources.open(p, options, stdin));
        return sources;
    }
}
