package org.newsgraph.cli;

/** The exit codes every page-reading command shares, as its help footer says them. */
final class ExitCodes {

    static final String FOOTER = "  0  every input was processed%n"
            + "  1  some inputs or pages failed (each named on stderr); the rest was processed%n"
            + "  2  usage error (unknown option, bad value)%n"
            + "  130, 143  stopped by Ctrl-C (SIGINT) or kill (SIGTERM); ingest and reindex first commit what they"
            + " stored, and a rerun resumes; extract and analyze stop between two records";

    private ExitCodes() {
    }
}
