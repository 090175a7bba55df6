package org.newsgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.newsgraph.model.Article;
import org.newsgraph.nlp.Analyzer;

/**
 * The version stored with every input: the release and a fingerprint of the classes and data that make the records
 * (sources, extraction, analysis, event coding). A build that changes what a page becomes therefore re-processes
 * what an earlier build stored (an ingest of the same input, a {@code reindex} without {@code --all}), and a
 * rebuild of the same sources does not. The fingerprint is read from the CRC-32 values a jar's directory already
 * holds, so the 500 MB application jar costs a listing, not a read. Dependencies (CoreNLP, jsoup) are not in it: a
 * release that upgrades one says so and asks for {@code reindex --all}.
 */
final class PipelineVersion {

    static final String RELEASE = "newsgraph-0.1.0";

    /** Where the classes and resources that make a stored record live. */
    private static final List<String> RECORD_MAKERS = List.of("org/newsgraph/source/", "org/newsgraph/extract/",
            "org/newsgraph/model/", "org/newsgraph/pipeline/", "org/newsgraph/nlp/", "org/newsgraph/events/");

    private PipelineVersion() {
    }

    /** This build's version: the release and the fingerprint of the code sources of core and the NLP stage. */
    static String current() {
        return Current.VERSION;
    }

    /** Found once per JVM, on first use: listing the application jar takes a fifth of a second. */
    private static final class Current {
        static final String VERSION = find();
    }

    private static String find() {
        Set<Path> locations = new LinkedHashSet<>();
        for (Class<?> c : List.of(Article.class, Analyzer.class)) {
            var source = c.getProtectionDomain().getCodeSource();
            if (source == null) return RELEASE;
            try {
                locations.add(Path.of(source.getLocation().toURI()));
            } catch (URISyntaxException e) {
                return RELEASE;
            }
        }
        return of(new ArrayList<>(locations));
    }

    /** The version of the record-making entries of these jars and class folders. */
    static String of(List<Path> locations) {
        TreeMap<String, Long> crcs = new TreeMap<>();
        try {
            for (Path location : locations) {
                if (Files.isDirectory(location)) folder(location, crcs);
                else jar(location, crcs);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fingerprint the pipeline's code", e);
        }
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        crcs.forEach((name, crc) -> sha.update((name + ' ' + crc + '\n').getBytes(StandardCharsets.UTF_8)));
        return RELEASE + "-" + HexFormat.of().formatHex(sha.digest(), 0, 4);
    }

    private static void jar(Path jar, TreeMap<String, Long> crcs) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.stream().filter(e -> !e.isDirectory() && makesRecords(e.getName()))
                    .forEach((ZipEntry e) -> crcs.put(e.getName(), e.getCrc()));
        }
    }

    private static void folder(Path root, TreeMap<String, Long> crcs) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = root.relativize(f).toString().replace('\\', '/');
                if (!makesRecords(name)) continue;
                CRC32 crc = new CRC32();
                crc.update(Files.readAllBytes(f));
                crcs.put(name, crc.getValue());
            }
        }
    }

    private static boolean makesRecords(String entry) {
        return RECORD_MAKERS.stream().anyMatch(entry::startsWith);
    }
}
