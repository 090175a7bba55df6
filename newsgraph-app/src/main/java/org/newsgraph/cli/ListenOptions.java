package org.newsgraph.cli;

import picocli.CommandLine.Option;

/** Where the web server listens: loopback unless told otherwise. */
final class ListenOptions {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;
}
