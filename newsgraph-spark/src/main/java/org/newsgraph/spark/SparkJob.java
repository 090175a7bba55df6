package org.newsgraph.spark;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.model.RawPage;
import org.newsgraph.model.SourceRef;
import org.newsgraph.source.PageSink;
import org.newsgraph.source.SourceOptions;
import org.newsgraph.source.Sources;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph-spark PATH... --out DIR}: {@code newsgraph analyze} as a Spark job, for corpora one machine takes
 * too long over. Run it with {@code spark-submit} on a cluster, or locally with {@code bin/newsgraph-spark}.
 */
@Command(name = "newsgraph-spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Extracts and analyses every page of the inputs on a Spark cluster (or locally) and writes"
                + " Parquet tables: articles (the records analyze prints), entities, quotes, times, events (one row"
                + " per annotation, with its article_id) and problems (inputs or records that failed or were"
                + " skipped).",
                "Inputs are files or folders of any kind extract reads (WARC, HTML, text, JSON Lines, feeds,"
                        + " gzipped or not): local paths, which every executor must see, or URIs of a file system"
                        + " Hadoop reaches (hdfs://, s3a://, file:), which each task copies to its local disk; each"
                        + " file is one task."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  every input processed (or skipped with its reason)",
                "  1  some inputs or records failed (rows of the problems table; the rest was processed)",
                "  2  usage error, or the output directory exists"})
public final class SparkJob implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "input files or folders, paths or URIs")
    private List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "where the tables go (a local folder, or any path Spark writes: hdfs://, s3a://);"
                    + " must not exist")
    private String out;

    @Option(names = "--events", description = "also parse dependencies and code events (about 2.2 times the CPU)")
    private boolean events;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master when not run by spark-submit (default: local[*], every core of this machine)")
    private String master;

    @Option(names = "--max-page-bytes", paramLabel = "N",
            description = "pages larger than this are named as failures (default: ${DEFAULT-VALUE})")
    private long maxPageBytes = SourceOptions.DEFAULT_MAX_PAGE_BYTES;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkJob()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (inputs.contains("-")) throw new CommandLine.ParameterException(spec.commandLine(),
                "standard input cannot be shared out to Spark tasks; name files or folders");
        SparkConf conf = new SparkConf().setAppName("newsgraph");
        if (master != null) conf.setMaster(master);
        else if (!conf.contains("spark.master")) conf.setMaster("local[*]");
        try (SparkSession spark = SparkSession.builder().config(conf).getOrCreate()) {
            Path outPath = new Path(out);
            FileSystem fs = outPath.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (fs.exists(outPath)) {
                err.println("newsgraph-spark: " + out + " exists; name a new output directory");
                return 2;
            }
            List<String> files = new ArrayList<>();
            List<TableRow> found = new ArrayList<>();
            PageSink problems = listingProblems(found, err);
            for (String input : inputs) {
                files.addAll(HadoopInputs.isUri(input)
                        ? HadoopInputs.files(input, spark.sparkContext().hadoopConfiguration(), problems)
                        : Sources.files(onEveryMachine(input), problems));
            }
            ArticleTables.Summary s = new ArticleTables(spark).write(files, found, events, maxPageBytes, out);
            err.printf("newsgraph-spark: %d files: %d articles, %d snippets, %d failed, %d skipped%s; tables in %s%n",
                    s.files(), s.articles(), s.snippets(), s.failed(), s.skipped(),
                    s.failed() + s.skipped() > 0 ? " (rows of the problems table)" : "", out);
            return s.failed() > 0 ? 1 : 0;
        }
    }

    /**
     * A local path as every executor finds it: executors run in working directories of their own (a standalone
     * worker's {@code work/app-...}), where a relative path names nothing, so the driver makes it absolute.
     */
    static String onEveryMachine(String localPath) {
        try {
            return Paths.get(localPath).toAbsolutePath().normalize().toString();
        } catch (InvalidPathException e) {
            return localPath; // named as given, the task reports it missing
        }
    }

    /** Problems met while listing the inputs: named on stderr at once and kept for the problems table. */
    private static PageSink listingProblems(List<TableRow> found, PrintWriter err) {
        return new PageSink() {
            @Override
            public void page(RawPage page) {
                throw new IllegalStateException("a folder walk finds files, not pages");
            }

            @Override
            public void failure(SourceRef where, String reason) {
                err.println("newsgraph-spark: " + where.describe() + ": " + reason);
                found.add(FileTask.problem(where, true, reason));
            }

            @Override
            public void skipped(SourceRef where, String reason) {
                err.println("newsgraph-spark: " + where.describe() + ": skipped, " + reason);
                found.add(FileTask.problem(where, false, reason));
            }
        };
    }
}
