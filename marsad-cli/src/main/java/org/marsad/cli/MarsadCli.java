package org.marsad.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code marsad} command suite: one class per command, registered here. */
@Command(name = "marsad", mixinStandardHelpOptions = true, versionProvider = MarsadCli.Version.class,
        description = "Who said what, about whom, when and where: analysis and archive of Arabic news.",
        subcommands = {
            AnalyzeCommand.class,
            EntitiesCommand.class,
            QuotesCommand.class,
            SegmentCommand.class,
            EvalCommand.class,
            TrainCommand.class,
            BenchCommand.class,
            IngestCommand.class, SearchCommand.class, ServeCommand.class, ArchiveBenchCommand.class,
            TagCommand.class,
            CommandLine.HelpCommand.class
        })
public final class MarsadCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new MarsadCli());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            err.println("marsad " + cmd.getCommandName() + ": " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if (Boolean.getBoolean("marsad.debug")) {
                ex.printStackTrace(err);
            }
            return ExitCodes.FAILURE;
        });
        return cl;
    }

    public static void main(String[] args) {
        int code = commandLine().execute(args);
        System.exit(code);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = MarsadCli.class.getPackage().getImplementationVersion();
            return new String[] {"marsad " + (v == null ? "dev" : v)};
        }
    }
}
