package org.newsgraph.source;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.SourceRef;

/**
 * Opens what a user names on the command line: {@code -} for stdin, a folder, or a file of any supported kind
 * (text, HTML, WARC, JSON Lines, each optionally gzipped), recognised by name or, when the name says nothing, by
 * content.
 */
public final class Sources {

    private Sources() {
    }

    public static PageSource open(String arg, SourceOptions options, InputStream stdin) {
        if (arg.equals("-")) return FileSource.stdin(stdin, options);
        Path path;
        try {
            path = Path.of(arg);
        } catch (InvalidPathException e) {
            return failing(arg, "invalid path (" + e.getReason() + ")");
        }
        if (Files.isDirectory(path)) return new FolderSource(arg, path, options);
        return FileSource.file(arg, path, options);
    }

    /**
     * The files {@code arg} names, in the order {@link #open} would read them: a file itself, a folder's files walked
     * as a folder source walks them. For runs that hand each file to another worker (a Spark task); unreadable
     * folders go to {@code problems}.
     */
    public static List<String> files(String arg, PageSink problems) {
        Path path;
        try {
            path = Path.of(arg);
        } catch (InvalidPathException e) {
            return List.of(arg);
        }
        if (!Files.isDirectory(path)) return List.of(arg);
        List<String> files = new ArrayList<>();
        FolderSource.eachFile(path, p -> files.add(p.toString()), problems);
        return files;
    }

    /**
     * A local copy of a file that lives elsewhere (a Spark task's download of an hdfs:// or s3a:// input), read as
     * the file itself and named by {@code name} in every record and error. The copy keeps the file's name, which
     * tells its kind.
     */
    public static PageSource copyOf(String name, Path copy, SourceOptions options) {
        return FileSource.file(name, copy, options);
    }

    private static PageSource failing(String name, String reason) {
        return new PageSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void read(PageSink sink) {
                sink.failure(SourceRef.ofPath(name), reason);
            }
        };
    }
}
