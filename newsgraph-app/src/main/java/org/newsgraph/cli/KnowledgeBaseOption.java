package org.newsgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data DIR}: the knowledge base a command reads or writes, the same default everywhere. */
final class KnowledgeBaseOption {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "newsgraph-data",
            description = "Knowledge base directory (default: ./${DEFAULT-VALUE}); ingest creates it.")
    Path data;
}
