package org.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** BASELINE to be replaced: the top-level {@code newsgraph} command. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, version = "newsgraph 0.1.0",
        description = "Turns raw news pages into a searchable, traceable knowledge base.")
public final class NewsgraphCommand implements Runnable {
    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new NewsgraphCommand()).execute(args));
    }
}
