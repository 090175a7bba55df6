package org.newsgraph.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import org.newsgraph.source.IoReasons;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/** The top-level {@code newsgraph} command: it only dispatches to its subcommands. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, version = "newsgraph 0.1.0",
        description = "Turns raw news pages into a searchable, traceable knowledge base.",
        synopsisSubcommandLabel = "COMMAND",
        footerHeading = "%nExit codes:%n", footer = ExitCodes.FOOTER)
public final class NewsgraphCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * The command line with every subcommand registered: add new commands (analyze, ingest, eval, serve...) here.
     *
     * @param stdin      what {@code -} reads
     * @param showProgress whether a progress bar may be drawn on stderr (only when it is a terminal)
     */
    public static CommandLine commandLine(InputStream stdin, boolean showProgress) {
        CommandLine cli = new CommandLine(new NewsgraphCommand());
        cli.addSubcommand("extract", new ExtractCommand(stdin, showProgress));
        cli.addSubcommand("analyze", new AnalyzeCommand(stdin, showProgress));
        cli.addSubcommand("ingest", new IngestCommand(PipelineVersion::current, stdin, showProgress));
        cli.addSubcommand("reindex", new ReindexCommand(PipelineVersion::current, showProgress));
        cli.addSubcommand("compact", new CompactCommand());
        cli.addSubcommand("remove", new RemoveCommand());
        cli.addSubcommand(new SearchCommand());
        cli.addSubcommand(new ExportCommand());
        cli.addSubcommand("stories", new StoriesCommand());
        cli.addSubcommand("duplicates", new DuplicatesCommand());
        cli.addSubcommand("events", new EventsCommand());
        CommandLine eval = new CommandLine(new EvalCommand());
        eval.addSubcommand(new ExtractionEvalCommand());
        eval.addSubcommand(new MetadataEvalCommand());
        eval.addSubcommand(new NerEvalCommand());
        eval.addSubcommand(new QuotesEvalCommand());
        eval.addSubcommand(new TimesEvalCommand());
        eval.addSubcommand(new EventsEvalCommand());
        eval.addSubcommand(new StoriesEvalCommand());
        eval.addSubcommand(new DedupEvalCommand());
        cli.addSubcommand(eval);
        cli.addSubcommand("serve", new ServeCommand());
        cli.addSubcommand("demo", new DemoCommand(stdin, showProgress));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(NewsgraphCommand::inputOutputFailure);
        return cli;
    }

    /**
     * A command that cannot read or write what it was pointed at (no knowledge base in --data, a full disk) says so
     * in one line under its name, as search and export always did, and exits 1: a stack trace tells a user nothing
     * the message does not. Anything else is a fault of newsgraph and keeps its trace.
     */
    private static int inputOutputFailure(Exception e, CommandLine command, ParseResult parsed) throws Exception {
        if (!(e instanceof IOException io)) throw e;
        // a file-system exception's message is often its path alone
        String what = io instanceof FileSystemException f && f.getFile() != null
                ? f.getFile() + ": " + IoReasons.reason(f) : io.getMessage();
        command.getErr().println(command.getCommandName() + ": " + what);
        return 1;
    }

    public static void main(String[] args) {
        CommandLine cli = commandLine(System.in, System.console() != null);
        // JSON Lines are UTF-8 whatever the platform locale says.
        cli.setOut(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), false));
        int code = cli.execute(args);
        cli.getOut().flush();
        System.exit(code);
    }
}
