package org.marsad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code marsad eval <capability> GOLD…}: accuracy of each capability on files a user supplies. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure accuracy against gold files: one subcommand per capability.",
        subcommands = {
            EvalArticlesCommand.class, EvalQuotesCommand.class, EvalDatesCommand.class, EvalEntitiesCommand.class,
            EvalSegmentCommand.class,
            EvalNerCommand.class,
            EvalTranslitCommand.class,
            CommandLine.HelpCommand.class
        })
final class EvalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
