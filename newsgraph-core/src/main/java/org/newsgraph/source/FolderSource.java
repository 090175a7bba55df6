package org.newsgraph.source;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.newsgraph.model.SourceRef;

/**
 * A folder, walked depth first in name order so runs are reproducible. Hidden entries (dot-names) are skipped;
 * links to folders are followed, each real folder once. Only one folder's listing is held at a time.
 */
final class FolderSource implements PageSource {

    private final String name;
    private final Path root;
    private final SourceOptions options;

    FolderSource(String name, Path root, SourceOptions options) {
        this.name = name;
        this.root = root;
        this.options = options;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void read(PageSink sink) {
        eachFile(root, p -> FileSource.file(p.toString(), p, options).read(sink), sink);
    }

    /**
     * Walks {@code dir} as this source reads it, handing each file to {@code file}. Links to folders are followed,
     * each real folder once, so a link back up the tree ends instead of looping and is named as skipped; unreadable
     * folders go to the sink as failures.
     */
    static void eachFile(Path dir, Consumer<Path> file, PageSink sink) {
        walk(dir, file, sink, new HashSet<>());
    }

    private static void walk(Path dir, Consumer<Path> file, PageSink sink, Set<Path> walked) {
        try {
            if (!walked.add(dir.toRealPath())) {
                sink.skipped(SourceRef.ofPath(dir.toString()), "a link to a folder already read (" + dir.toRealPath()
                        + ")");
                return;
            }
        } catch (IOException e) {
            sink.failure(SourceRef.ofPath(dir.toString()), "unreadable folder (" + Streams.describe(e, false) + ")");
            return;
        }
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(dir)) {
            for (Path p : listing) {
                if (!p.getFileName().toString().startsWith(".")) entries.add(p);
            }
        } catch (IOException e) {
            sink.failure(SourceRef.ofPath(dir.toString()), "unreadable folder (" + Streams.describe(e, false) + ")");
            return;
        }
        entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
        for (Path p : entries) {
            if (Files.isDirectory(p)) walk(p, file, sink, walked);
            else file.accept(p);
        }
    }
}
