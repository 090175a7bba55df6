package org.newsgraph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.newsgraph.model.SourceRef;
import org.newsgraph.source.PageSink;

/**
 * Inputs named by URI ({@code hdfs://}, {@code s3a://}, {@code file:}), which a cluster's executors reach through
 * Hadoop's file systems rather than a shared disk. The driver lists them as a folder source lists a folder; a task
 * copies its file to local disk and reads the copy as a local file, so WARC record offsets stay offsets into the file
 * as stored (a stream would only give offsets into the gunzipped bytes).
 */
final class HadoopInputs {

    private static final Pattern URI = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:/");

    private HadoopInputs() {
    }

    static boolean isUri(String input) {
        return URI.matcher(input).find();
    }

    /** The files under {@code uri} in name order, without hidden names and Hadoop's markers ({@code _SUCCESS}). */
    static List<String> files(String uri, Configuration conf, PageSink problems) {
        List<String> files = new ArrayList<>();
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(uri);
        try {
            FileSystem fs = path.getFileSystem(conf);
            if (!fs.exists(path)) {
                problems.failure(SourceRef.ofPath(uri), "no such file or folder");
                return files;
            }
            walk(fs, fs.getFileStatus(path), files);
        } catch (IOException e) {
            problems.failure(SourceRef.ofPath(uri), "cannot list (" + e.getMessage() + ")");
        }
        return files;
    }

    private static void walk(FileSystem fs, FileStatus status, List<String> files) throws IOException {
        if (!status.isDirectory()) {
            files.add(status.getPath().toString());
            return;
        }
        FileStatus[] entries = fs.listStatus(status.getPath());
        java.util.Arrays.sort(entries, Comparator.comparing(e -> e.getPath().getName()));
        for (FileStatus e : entries) {
            String name = e.getPath().getName();
            if (!name.startsWith(".") && !name.startsWith("_")) walk(fs, e, files);
        }
    }

    /** The driver's Hadoop settings, for tasks to reach the same file systems with the same credentials. */
    static Map<String, String> settings(Configuration conf) {
        Map<String, String> settings = new HashMap<>();
        for (Map.Entry<String, String> e : conf) settings.put(e.getKey(), e.getValue());
        return settings;
    }

    /** Copies {@code uri} into a new local folder under its own name; the caller deletes the folder. */
    static Path copy(String uri, Map<String, String> settings) throws IOException {
        Configuration conf = new Configuration(false);
        settings.forEach(conf::set);
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(uri);
        Path folder = Files.createTempDirectory("newsgraph-input");
        Path copy = folder.resolve(path.getName());
        try (InputStream in = path.getFileSystem(conf).open(path)) {
            Files.copy(in, copy);
        }
        return copy;
    }
}
