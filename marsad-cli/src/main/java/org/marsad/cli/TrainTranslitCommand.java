package org.marsad.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.translit.GraphoneModel;
import org.marsad.translit.GraphoneModelCodec;
import org.marsad.translit.GraphoneModelTrainer;
import org.marsad.translit.NamePair;
import org.marsad.translit.TransliterationScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "translit", mixinStandardHelpOptions = true,
        description = {"Train the Arabic-to-Latin name model (org/marsad/translit/graphone-model.bin.gz): "
                + "graphones aligned by EM, a Kneser-Ney graphone n-gram model. Deterministic.",
            "Default data: ../shared/data/gazetteers/anetac/EN-AR Translit (ANETAC, Hadj Ameur et al. 2019; "
                + "research use, licence unspecified): train.{ar,en}; reports accuracy on dev.{ar,en}."})
final class TrainTranslitCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "Directory with train.ar/train.en (and dev.*).")
    Path data = Path.of("..", "shared", "data", "gazetteers", "anetac", "EN-AR Translit");

    @Option(names = "--order", description = "Graphone n-gram order, 1-4 (default: ${DEFAULT-VALUE}).")
    int order = 4;

    @Option(names = "--em-iterations", description = "Alignment EM rounds (default: ${DEFAULT-VALUE}).")
    int iterations = 5;

    @Option(names = "--min-graphone-count", description = "Drop graphones aligned fewer times, with their pairs (default: ${DEFAULT-VALUE}).")
    int minGraphoneCount = 3;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write (default: marsad-core/src/main/resources/org/marsad/translit/graphone-model.bin.gz).")
    Path output = Path.of("marsad-core/src/main/resources/org/marsad/translit/graphone-model.bin.gz");

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(data.resolve("train.ar")) || !Files.isRegularFile(data.resolve("train.en"))) {
            spec.commandLine().getErr().println("marsad train translit: no train.ar/train.en in " + data);
            return ExitCodes.FAILURE;
        }
        if (order < 1 || order > 4) {
            spec.commandLine().getErr().println("marsad train translit: --order must be 1..4");
            return ExitCodes.USAGE;
        }
        List<NamePair> train = NamePair.read(data, "train");
        long t0 = System.nanoTime();
        GraphoneModel model = new GraphoneModelTrainer(order, iterations, minGraphoneCount).train(train,
                "trained by 'marsad train translit --order " + order + " --em-iterations " + iterations
                        + " --min-graphone-count " + minGraphoneCount + "' on "
                        + train.size() + " single-word pairs of ANETAC EN-AR Translit/train "
                        + "(Hadj Ameur, Meziane & Guessoum 2019, arXiv:1907.03110; research use, licence unspecified)");
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        try (OutputStream out = Files.newOutputStream(output)) {
            GraphoneModelCodec.write(model, out);
        }
        var out = spec.commandLine().getOut();
        out.printf("translit: %d pairs, %d graphones, %d n-grams, order %d, %.1f s -> %s (%d bytes)%n", train.size(),
                model.graphoneCount(), model.ngramCount(), order, (System.nanoTime() - t0) / 1e9, output, Files.size(output));
        if (Files.isRegularFile(data.resolve("dev.ar"))) {
            TransliterationScores s = TransliterationScores.score(NamePair.read(data, "dev"), model::toLatin);
            out.printf("dev: %d words, accuracy %.1f%%, CER %.1f%%%n", s.words(), 100 * s.accuracy(),
                    100 * s.characterErrorRate());
        }
        return ExitCodes.OK;
    }
}
