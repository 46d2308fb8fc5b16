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
import org.marsad.morph.SegmenterCrossValidation;
import org.marsad.morph.SegmenterModel;
import org.marsad.morph.SegmentationErrors;
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

    @Option(names = "--skip-unanalysed", description = "Do not learn from tokens the treebank left unanalysed (XPOS U: "
            + "mostly names its analyser did not know, kept whole with their clitics).")
    boolean skipUnanalysed;

    @Option(names = "--as-is", description = "Read the treebank as it is, without repairing PADT v1.3's repeated "
            + "unanalysed forms (see docs/morphology.md).")
    boolean asIs;

    @Option(names = "--tune", paramLabel = "N", description = "Development run: hold out every N-th treebank sentence, "
            + "train on the rest, score the held-out part and write nothing.")
    int tune;

    @Option(names = "--cv", paramLabel = "K", description = "Development run: K-fold cross-validation over the "
            + "treebank (contiguous blocks of sentences), scores of all folds together; writes no model and does not "
            + "touch the held-out file.")
    int cv;

    @Option(names = "--cv-errors", paramLabel = "FILE", description = "With --cv: write every token the held-out "
            + "folds got wrong (A/U = analysed/unanalysed, gold, system words joined by +).")
    Path cvErrors;

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
                + (skipUnanalysed ? ", unanalysed tokens left out" : ", unanalysed tokens learned")
                + (asIs ? ", treebank as it is" : ", repeated unanalysed forms repaired");
        SegmenterTrainer trainer = new SegmenterTrainer(
                new SegmenterTrainer.Settings(minCount, epochs, 5, 42, !skipUnanalysed, !asIs), out);
        if (cv > 1) {
            List<GoldSentence> train = trainer.readAll(tb);
            var counts = SegmenterTrainer.countWords(news, out);
            for (boolean repaired : new boolean[] {true, false}) {
                SegmenterCrossValidation.Result r = SegmenterCrossValidation.run(trainer, train,
                        trainer.readAll(tb, repaired), counts, cv, provenance);
                String gold = repaired ? "gold with repeated forms repaired" : "gold as it is";
                out.println(cv + "-fold cross-validation over " + names(tb) + ", " + gold + ", all words:");
                out.println(r.all().report());
                out.println(cv + "-fold cross-validation, " + gold + ", tokens the treebank analysed:");
                out.println(r.analysed().report());
                if (cvErrors != null) {
                    Files.write(Path.of(cvErrors + (repaired ? ".repaired" : ".as-is")),
                            SegmentationErrors.list(r.gold(), r.systemWords()));
                }
            }
            out.flush();
            return ExitCodes.OK;
        }
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
            for (boolean repaired : new boolean[] {true, false}) {
                List<GoldSentence> gold = ConlluSegmentations.read(held, repaired);
                String how = repaired ? " (repeated unanalysed forms repaired)" : " (as it is)";
                SegmentationEval eval = SegmentationEval.run(new Segmenter(model), gold);
                out.println("held out " + held + how + ":");
                out.println(eval.score().report());
                SegmentationEval analysed = SegmentationEval.run(new Segmenter(model), SegmentationEval.analysedOnly(gold));
                out.println("held out" + how + ", tokens the treebank analysed (--analysed-only):");
                out.println(analysed.score().report());
            }
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
