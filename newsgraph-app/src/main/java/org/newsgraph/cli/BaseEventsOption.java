package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.newsgraph.index.KnowledgeBase;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * Whether a storing command codes events: {@code --events}, or by default when the base's last ingest or reindex
 * coded them, so that articles added to a base built with events are not silently stored without ({@code
 * --no-events} stores them without).
 */
final class BaseEventsOption {

    @Option(names = "--events", description = "Also parse dependencies and code political events (PLOVER/CAMEO),"
            + " for `newsgraph events`: about 2.2 times the CPU time (up to three times as long on two cores;"
            + " docs/api.md). Storing commands analyse the inputs stored without events again. The default when the"
            + " base's last ingest or reindex coded events.")
    boolean events;

    @Option(names = "--no-events", description = "Do not code events, even in a base whose last run coded them.")
    boolean noEvents;

    /** Whether this run codes events in the base at {@code data}; says so on stderr when the base decided it. */
    boolean codeEvents(Path data, String command, CommandSpec spec) throws IOException {
        if (events || noEvents) return events;
        String last = KnowledgeBase.lastStoredVersion(data);
        if (last == null || !last.endsWith("+events")) return false;
        spec.commandLine().getErr().println(command + ": " + data + " was last stored with events coded;"
                + " coding them for this run too (--no-events to leave them out)");
        return true;
    }
}
