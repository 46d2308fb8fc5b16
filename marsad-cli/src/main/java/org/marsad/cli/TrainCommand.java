package org.marsad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code marsad train <model>}: rebuilds a shipped model from the project's data, reproducibly. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the models that ship in the jar: one subcommand per model.",
        subcommands = {
            TrainAliasesCommand.class,
            TrainMorphCommand.class,
            TrainNerCommand.class,
            TrainCommonWordsCommand.class,
            TrainTranslitCommand.class,
            CommandLine.HelpCommand.class
        })
final class TrainCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
