package org.newsgraph.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph eval WHAT --data DIR}: every quality claim has a command that measures it on a named data set
 * and prints the figure beside its anchors. The measurements are registered as subcommands in
 * {@link NewsgraphCommand#commandLine}.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "WHAT",
        description = "Measures a stage on a data set and prints its metric beside the published anchors.")
public final class EvalCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
