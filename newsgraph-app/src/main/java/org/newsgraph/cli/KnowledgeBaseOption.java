package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.newsgraph.index.KnowledgeBase;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code --data DIR}: the knowledge base a command reads or writes, the same default everywhere. */
final class KnowledgeBaseOption {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "newsgraph-data",
            description = "Knowledge base directory (default: ./${DEFAULT-VALUE}); ingest creates it.")
    Path data;

    /**
     * Whether the directory holds a knowledge base; if not, says why on stderr under the command's name. For commands
     * that open the base for writing but must not create one: that would make an empty base where a path was mistyped.
     */
    boolean holdsBase(String command, CommandSpec spec) {
        try {
            KnowledgeBase.openReadOnly(data).close();
            return true;
        } catch (IOException e) {
            spec.commandLine().getErr().println(command + ": " + e.getMessage());
            return false;
        }
    }
}
