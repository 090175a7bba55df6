package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.eval.MetadataBenchmark;
import org.newsgraph.extract.html.HtmlMetadataExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph eval metadata --data DIR}: scores title, author and date extraction on a WCXB-layout set. */
@Command(name = "metadata", mixinStandardHelpOptions = true,
        description = "Scores HTML metadata extraction (title, authors, dates) against a data set with "
                + "html/<id>.html.gz and gold.json.gz, e.g. ../shared/data/extraction-wcxb-dev.")
public final class MetadataEvalCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "the data set's directory")
    Path data;

    @Option(names = "--misses", description = "also print each page's wrong fields, gold beside ours")
    boolean misses;

    @Override
    public Integer call() {
        if (!data.toFile().isDirectory()) {
            System.err.println(data + ": not a directory");
            return 2;
        }
        try {
            MetadataBenchmark.Result result =
                    MetadataBenchmark.run(data, new HtmlMetadataExtractor(), misses ? System.out : null);
            System.out.println(result.format(data.getFileName().toString()));
            return result.failures() == 0 ? 0 : 1;
        } catch (RuntimeException e) {
            System.err.println(data + ": " + e.getMessage());
            return 2;
        }
    }
}
