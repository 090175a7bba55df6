package org.newsgraph.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The job: input files in, Parquet tables out. One task per file (a WARC file of Common Crawl News is the natural
 * unit: a gzip member cannot be split without reading it). Tables under {@code out}:
 * <ul>
 *   <li>{@code articles}: the whole record of every article and snippet, nested as {@code analyze} prints it;</li>
 *   <li>{@code entities}, {@code quotes}, {@code times}, {@code events}: one row per annotation with its
 *       {@code article_id}, offsets into that article's {@code text};</li>
 *   <li>{@code problems}: what failed or was skipped, with where and why.</li>
 * </ul>
 * The annotation tables are read back from {@code articles}, so the NLP runs once; the tasks' rows are kept
 * (memory, then disk) only until both base tables are written.
 */
public final class ArticleTables {

    /** What a run made: records by kind and problems by outcome. */
    public record Summary(long files, long articles, long snippets, long failed, long skipped) {
    }

    private final SparkSession spark;

    public ArticleTables(SparkSession spark) {
        this.spark = spark;
    }

    /**
     * Runs the tasks over {@code files} and writes the tables under {@code out}; {@code found} are problems the
     * driver met listing the inputs (an unreadable folder), which go to the problems table with the tasks' ones.
     */
    public Summary write(List<String> files, List<TableRow> found, boolean events, long maxPageBytes, String out) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Map<String, String> hadoop = files.stream().anyMatch(HadoopInputs::isUri)
                ? HadoopInputs.settings(spark.sparkContext().hadoopConfiguration()) : Map.of();
        JavaRDD<TableRow> rows = context.parallelize(files, Math.max(1, files.size()))
                .flatMap(new FileTask(events, maxPageBytes, hadoop))
                .union(context.parallelize(found, 1))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            table(rows, TableRow.Table.ARTICLES, Schemas.ARTICLES).write().parquet(out + "/articles");
            table(rows, TableRow.Table.PROBLEMS, Schemas.PROBLEMS).write().parquet(out + "/problems");
        } finally {
            rows.unpersist(false);
        }
        Dataset<Row> articles = spark.read().parquet(out + "/articles");
        annotations(articles, "entities").write().parquet(out + "/entities");
        annotations(articles, "quotes").write().parquet(out + "/quotes");
        annotations(articles, "times").write().parquet(out + "/times");
        annotations(articles, "events").write().parquet(out + "/events");

        Dataset<Row> problems = spark.read().parquet(out + "/problems");
        return new Summary(files.size(),
                articles.filter(col("kind").equalTo("article")).count(),
                articles.filter(col("kind").equalTo("snippet")).count(),
                problems.filter(col("outcome").equalTo("failed")).count(),
                problems.filter(col("outcome").equalTo("skipped")).count());
    }

    private Dataset<Row> table(JavaRDD<TableRow> rows, TableRow.Table table, StructType schema) {
        Dataset<String> json = spark.createDataset(
                rows.filter(r -> r.table() == table).map(TableRow::json).rdd(), Encoders.STRING());
        return spark.read().schema(schema).option("mode", "FAILFAST").json(json);
    }

    /** One row per element of an annotation list, its fields as columns beside the article it belongs to. */
    private static Dataset<Row> annotations(Dataset<Row> articles, String field) {
        return articles.select(col("id").as("article_id"), col("url").as("article_url"),
                        col("published").as("article_published"), explode(col(field)).as("a"))
                .select(col("article_id"), col("article_url"), col("article_published"), col("a.*"));
    }
}
