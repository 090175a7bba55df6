package org.newsgraph.index.connect;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.StreamCorruptedException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Reads and writes the connect state, each write atomic: the bytes go to a temporary file in the same directory,
 * which is forced to disk and then renamed over the old one, so a reader or a crash sees the old state or the new,
 * never a torn one.
 *
 * <p>The format is Java serialization of the core algorithms' own objects, which keeps every float of their
 * centroids and document frequencies exact (a reloaded clusterer decides exactly as the one that never stopped).
 * Reading is restricted by a filter to the classes such a state holds, and a state that no longer fits the classes
 * (after an upgrade changed them) reads as absent, so the caller rebuilds it from the index.
 */
final class StateFile {

    private static final ObjectInputFilter ONLY_STATE_CLASSES = ObjectInputFilter.Config.createFilter(
            "maxdepth=64;org.newsgraph.index.connect.*;org.newsgraph.dedup.*;org.newsgraph.story.*;"
                    + "java.util.HashMap;java.util.LinkedHashMap;java.util.HashSet;java.util.ArrayList;java.util.TreeMap;"
                    + "java.util.Map$Entry;"
                    + "java.lang.Integer;java.lang.Long;java.lang.Double;java.lang.Number;java.lang.String;"
                    + "java.lang.Object;java.lang.Enum;java.lang.Record;!*");

    private StateFile() {
    }

    /** The state in {@code file}, or null when there is none or it does not fit the current classes. */
    static ConnectState read(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             ObjectInputStream objects = new ObjectInputStream(in)) {
            objects.setObjectInputFilter(ONLY_STATE_CLASSES);
            return (ConnectState) objects.readObject();
        } catch (NoSuchFileException e) {
            return null;
        } catch (InvalidClassException | StreamCorruptedException | ClassNotFoundException | ClassCastException e) {
            return null;
        }
    }

    static void write(Path file, ConnectState state) throws IOException {
        writeAtomically(file, out -> {
            ObjectOutputStream objects = new ObjectOutputStream(out);
            objects.writeObject(state);
            objects.flush();
        });
    }

    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** Writes through a temporary sibling forced to disk, then renames it over {@code file}. */
    static void writeAtomically(Path file, Writer writer) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            writer.write(out);
            out.flush();
            channel.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
