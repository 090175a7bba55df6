package org.newsgraph.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Raw inputs, content-addressed: the SHA-256 of the bytes names a gzip file under {@code raw/ab/abcd....gz}, so the
 * same input stored twice is one file. A file appears under its final name only once complete (written aside, then
 * renamed atomically), so a process killed mid-write leaves at most a stray temporary file, removed on next open.
 */
public final class RawStore {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final String SUFFIX = ".gz";

    private final Path dir;
    private final Path tmp;

    /** @param clearLeftovers remove what a killed writer left in the temporary folder (only the one writer may) */
    RawStore(Path dir, boolean clearLeftovers) throws IOException {
        this.dir = dir;
        this.tmp = dir.resolve("tmp");
        Files.createDirectories(tmp);
        if (!clearLeftovers) return;
        try (Stream<Path> stale = Files.list(tmp)) {
            for (Path p : (Iterable<Path>) stale::iterator) Files.deleteIfExists(p);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }

    /** Stores the bytes unless already present; returns their SHA-256. */
    public String put(byte[] bytes) throws IOException {
        String sha = sha256(bytes);
        Path target = pathOf(sha);
        if (Files.exists(target)) return sha;
        Files.createDirectories(target.getParent());
        Path part = Files.createTempFile(tmp, sha.substring(0, 8), ".part");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(part), 1 << 16)) {
            out.write(bytes);
        }
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException raced) {
            Files.deleteIfExists(part);
        }
        return sha;
    }

    public boolean contains(String sha256) {
        return SHA256.matcher(sha256).matches() && Files.exists(pathOf(sha256));
    }

    /** The stored bytes of an input; fails with the hash in the message when absent. */
    public byte[] read(String sha256) throws IOException {
        if (!contains(sha256)) throw new IOException("no raw input " + sha256 + " in " + dir);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(pathOf(sha256)), 1 << 16)) {
            return in.readAllBytes();
        }
    }

    /** Deletes the stored bytes of an input (a removed article's); nothing when absent. */
    public void delete(String sha256) throws IOException {
        if (SHA256.matcher(sha256).matches()) Files.deleteIfExists(pathOf(sha256));
    }

    /** The hashes of every stored input, sorted; for re-processing everything with a newer pipeline. */
    public Stream<String> hashes() throws IOException {
        Stream<Path> files = Files.walk(dir, 2);
        return files.filter(p -> p.getFileName().toString().endsWith(SUFFIX))
                .map(p -> p.getFileName().toString())
                .map(n -> n.substring(0, n.length() - SUFFIX.length()))
                .filter(n -> SHA256.matcher(n).matches())
                .sorted()
                .onClose(files::close);
    }

    private Path pathOf(String sha) {
        return dir.resolve(sha.substring(0, 2)).resolve(sha + SUFFIX);
    }
}
