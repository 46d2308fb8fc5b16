package org.marsad.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.morph.ConlluSegmentations;
import org.marsad.morph.GoldSentence;
import org.marsad.morph.Segmenter;
import org.marsad.morph.SegmenterModel;
import org.marsad.morph.SegmenterTrainer;
import org.marsad.morph.SegmentationEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "morph", mixinStandardHelpOptions = true,
        description = {"Train the clitic segmenter shipped in the jar (org/marsad/morph/segmenter-model.txt.gz) "
                + "from a UD Arabic treebank and word counts of unlabeled news. Deterministic: the same inputs give "
                + "the same model.",
            "Default: UD Arabic-PADT v1.3 dev as treebank, ../shared/data/corpus as unlabeled news; PADT test is "
                + "held out and scored after training."})
final class TrainMorphCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--treebank", paramLabel = "CONLLU", split = ",",
            description = "Training treebank files (default: ../shared/data/ud/padt-v1.3/ar-ud-dev.conllu).")
    List<Path> treebank = new ArrayList<>();

    @Option(names = "--corpus", paramLabel = "PATH", split = ",",
            description = "Unlabeled articles: JSONL(.gz) files or directories (default: ../shared/data/corpus).")
    List<Path> corpus = new ArrayList<>();

    @Option(names = "--held-out", paramLabel = "CONLLU",
            description = "Gold scored after training (default: ../shared/data/ud/padt-v1.3/ar-ud-test.conllu; 'none' to skip).")
    String heldOut;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write the model (default: marsad-core/src/main/resources/org/marsad/morph/segmenter-model.txt.gz).")
    Path output = Path.of("marsad-core/src/main/resources/org/marsad/morph/segmenter-model.txt.gz");

    @Option(names = "--min-count", defaultValue = "2", description = "Keep corpus forms seen this often (default: ${DEFAULT-VALUE}).")
    int minCount;

    @Option(names = "--epochs", defaultValue = "12", description = "Perceptron epochs (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--learn-unanalysed", description = "Also learn from tokens the treebank left unanalysed (XPOS U).")
    boolean learnUnanalysed;

    @Option(names = "--tune", paramLabel = "N", description = "Development run: hold out every N-th treebank sentence, "
            + "train on the rest, score the held-out part and write nothing.")
    int tune;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path ud = Path.of("..", "shared", "data", "ud", "padt-v1.3");
        List<Path> tb = treebank.isEmpty() ? List.of(ud.resolve("ar-ud-dev.conllu")) : treebank;
        List<Path> news = corpus.isEmpty() ? List.of(Path.of("..", "shared", "data", "corpus")) : corpus;
        for (Path p : tb) {
            if (!Files.isRegularFile(p)) {
                spec.commandLine().getErr().println("marsad train morph: treebank not found: " + p);
                return ExitCodes.FAILURE;
            }
        }
        for (Path p : news) {
            if (!Files.exists(p)) {
                spec.commandLine().getErr().println("marsad train morph: corpus not found: " + p);
                return ExitCodes.FAILURE;
            }
        }
        String provenance = "trained by `marsad train morph` on " + names(tb) + " (UD Arabic-PADT v1.3, CC BY-NC-SA 3.0) "
                + "and word counts of " + names(news) + "; min-count " + minCount + ", epochs " + epochs
                + (learnUnanalysed ? ", learning unanalysed tokens" : "");
        SegmenterTrainer trainer = new SegmenterTrainer(
                new SegmenterTrainer.Settings(minCount, epochs, 5, 42, learnUnanalysed), out);
        if (tune > 1) {
            List<GoldSentence> all = trainer.readAll(tb);
            List<GoldSentence> fit = new ArrayList<>();
            List<GoldSentence> held = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                (i % tune == tune - 1 ? held : fit).add(all.get(i));
            }
            SegmenterModel m = trainer.train(fit, SegmenterTrainer.countWords(news, out), provenance);
            out.println("tuning: every " + tune + "th treebank sentence held out (" + held.size() + "):");
            out.println(SegmentationEval.run(new Segmenter(m), held).score().report());
            out.println("tuning, tokens the treebank analysed:");
            out.println(SegmentationEval.run(new Segmenter(m), SegmentationEval.analysedOnly(held)).score().report());
            out.flush();
            return ExitCodes.OK;
        }
        SegmenterModel model = trainer.train(tb, news, provenance);
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        try (OutputStream os = Files.newOutputStream(output)) {
            model.write(os);
        }
        out.printf("model written to %s (%,d bytes)%n", output, Files.size(output));
        Path held = heldOut == null ? ud.resolve("ar-ud-test.conllu") : "none".equals(heldOut) ? null : Path.of(heldOut);
        if (held != null && Files.isRegularFile(held)) {
            List<GoldSentence> gold = ConlluSegmentations.read(held);
            SegmentationEval eval = SegmentationEval.run(new Segmenter(model), gold);
            out.println("held out " + held + ":");
            out.println(eval.score().report());
            SegmentationEval analysed = SegmentationEval.run(new Segmenter(model), SegmentationEval.analysedOnly(gold));
            out.println("held out, tokens the treebank analysed (--analysed-only):");
            out.println(analysed.score().report());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String names(List<Path> paths) {
        List<String> s = new ArrayList<>();
        for (Path p : paths) {
            s.add(p.getFileName().toString());
        }
        return String.join(", ", s);
    }
}
