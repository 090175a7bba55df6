package org.newsgraph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.RecordJson;
import picocli.CommandLine;

/**
 * The job on a real Spark standalone cluster, a master and a worker in JVMs of their own, whose executor JVM runs
 * the tasks in the worker's working directory with classes shipped as a cluster ships them, against the same inputs
 * run in-process ({@code local[2]}). The cluster is Spark's own, from the jars on this module's classpath: a
 * {@code SPARK_HOME} whose {@code jars/} links them is what an installation is, minus its scripts.
 */
class StandaloneClusterTest {

    @TempDir
    static Path dir;
    private static final List<Process> daemons = new ArrayList<>();
    private static Path input;
    private static Path clusterOut;
    private static Path localOut;
    private static int clusterExit;
    private static String clusterStderr;
    private static String localStderr;

    @BeforeAll
    static void run() throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Files.writeString(inputs.resolve("ferry.txt"), "Norway opens new ferry route to Denmark\n\n"
                + "Norway's transport minister, Ingrid Solberg, opened a ferry route between Bergen and Hirtshals on"
                + " Friday. \"Travellers will save four hours,\" Solberg said. The first crossing carried 600"
                + " passengers.\n");
        Files.writeString(inputs.resolve("port.html"), "<html><head><title>Dock workers strike</title></head><body>"
                + "<article><h1>Dock workers strike</h1><p>Dock workers in Dar es Salaam went on strike on Tuesday"
                + " over unpaid wages. The union leader, Peter Mwakyusa, told reporters that the strike would go on"
                + " until the port authority paid.</p></article></body></html>");
        // named relative to this JVM's working directory, which is not the executor's
        input = Path.of("").toAbsolutePath().relativize(inputs.toAbsolutePath());

        String master = startCluster();
        clusterOut = dir.resolve("cluster-tables");
        StringWriter err = new StringWriter();
        Map<String, String> conf = Map.of("spark.executor.extraClassPath", classDirectories(),
                "spark.executor.memory", "3g", "spark.driver.host", "127.0.0.1");
        conf.forEach(System::setProperty);
        try {
            clusterExit = new CommandLine(new SparkJob()).setErr(new PrintWriter(err, true))
                    .execute(input.toString(), "--out", clusterOut.toString(), "--master", master);
        } finally {
            conf.keySet().forEach(System::clearProperty);
        }
        clusterStderr = err.toString();

        localOut = dir.resolve("local-tables");
        StringWriter localErr = new StringWriter();
        new CommandLine(new SparkJob()).setErr(new PrintWriter(localErr, true))
                .execute(input.toString(), "--out", localOut.toString(), "--master", "local[2]");
        localStderr = localErr.toString();
    }

    @AfterAll
    static void stopCluster() throws IOException {
        for (Process p : daemons) {
            p.descendants().forEach(ProcessHandle::destroyForcibly); // the worker's executors
            p.destroyForcibly();
        }
        // the links go before the temporary folder is cleaned, which would warn about each one
        Path jars = dir.resolve("spark-home/jars");
        if (Files.isDirectory(jars)) {
            try (var links = Files.list(jars)) {
                for (Path link : links.toList()) Files.delete(link);
            }
        }
    }

    @Test
    void a_standalone_cluster_gives_the_tables_the_job_makes_in_process() {
        assertThat(clusterExit).as(clusterStderr).isZero();
        assertThat(clusterStderr).contains("2 files: 2 articles, 0 snippets, 0 failed, 0 skipped");
        assertThat(localStderr).contains("2 files: 2 articles, 0 snippets, 0 failed, 0 skipped");
        SparkSession spark = SparkSession.builder().master("local[1]").appName("newsgraph-test")
                .config("spark.ui.enabled", "false").getOrCreate();
        try {
            assertThat(rows(spark, clusterOut, "articles")).isEqualTo(rows(spark, localOut, "articles"));
            assertThat(rows(spark, clusterOut, "entities")).isEqualTo(rows(spark, localOut, "entities"))
                    .isNotEmpty();
            assertThat(rows(spark, clusterOut, "quotes")).isEqualTo(rows(spark, localOut, "quotes")).isNotEmpty();
            List<String> paths = spark.read().parquet(clusterOut.resolve("articles").toString())
                    .select("source.path").collectAsList().stream().map(r -> r.getString(0)).toList();
            assertThat(paths).as("a relative input is found from the executor's own working directory")
                    .containsExactlyInAnyOrder(dir.resolve("in/ferry.txt").toAbsolutePath().toString(),
                            dir.resolve("in/port.html").toAbsolutePath().toString());
        } finally {
            spark.stop();
        }
    }

    private static List<String> rows(SparkSession spark, Path out, String table) {
        return spark.read().parquet(out.resolve(table).toString()).toJSON().collectAsList().stream().sorted()
                .collect(Collectors.toList());
    }

    /** Starts a master and a two-core worker; returns the master's URL once the worker has registered. */
    private static String startCluster() throws IOException, InterruptedException {
        Path home = Files.createDirectories(dir.resolve("spark-home/jars"));
        for (String entry : classpath()) {
            Path p = Path.of(entry);
            if (entry.endsWith(".jar") && Files.isRegularFile(p)) {
                Path link = home.resolve(p.getFileName());
                if (!Files.exists(link)) Files.createSymbolicLink(link, p.toAbsolutePath());
            }
        }
        int port = freePort();
        int ui = freePort();
        daemons.add(daemon(home.getParent(), dir.resolve("master.log"), "org.apache.spark.deploy.master.Master",
                "--host", "127.0.0.1", "--port", String.valueOf(port), "--webui-port", String.valueOf(ui)));
        String url = "spark://127.0.0.1:" + port;
        daemons.add(daemon(home.getParent(), dir.resolve("worker.log"), "org.apache.spark.deploy.worker.Worker",
                "--host", "127.0.0.1", "--cores", "2", "--memory", "4g", "--webui-port", String.valueOf(freePort()),
                "--work-dir", Files.createDirectories(dir.resolve("work")).toString(), url));
        awaitWorker(ui);
        return url;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Waits until the master's status page ({@code /json/}, Spark's own) counts a live worker. */
    private static void awaitWorker(int ui) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest status = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ui + "/json/")).build();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < until) {
            try {
                String json = http.send(status, HttpResponse.BodyHandlers.ofString()).body();
                if (RecordJson.MAPPER.readTree(json).path("aliveworkers").asInt() > 0) return;
            } catch (IOException notUpYet) {
                // the master is still starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no worker registered; master log:\n" + Files.readString(dir.resolve("master.log"))
                + "\nworker log:\n" + Files.readString(dir.resolve("worker.log")));
    }

    private static Process daemon(Path sparkHome, Path log, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        // the module-opening options Spark needs on JDK 17, as surefire gave them to this JVM
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("--add-opens") || a.startsWith("-XX:+IgnoreUnrecognized") || a.startsWith("-Djdk.")
                    || a.startsWith("-Dio.netty")) {
                command.add(a);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("SPARK_HOME", sparkHome.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        return pb.start();
    }

    private static List<String> classpath() {
        return List.of(System.getProperty("java.class.path").split(File.pathSeparator));
    }

    /** This build's own classes, which the executor takes from the directories they were compiled to. */
    private static String classDirectories() {
        return classpath().stream().filter(e -> Files.isDirectory(Path.of(e)))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
