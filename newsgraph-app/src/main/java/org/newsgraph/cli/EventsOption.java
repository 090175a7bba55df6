package org.newsgraph.cli;

import picocli.CommandLine.Option;

/** {@code --events}: add the dependency parse and event coding to the analysis, one switch for every command. */
final class EventsOption {

    @Option(names = "--events", description = "Also parse dependencies and code political events (PLOVER/CAMEO),"
            + " for `newsgraph events`: about 2.2 times the CPU time (up to three times as long on two cores;"
            + " docs/api.md). Storing commands analyse the inputs stored without events again.")
    boolean events;
}
