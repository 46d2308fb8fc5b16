package org.marsad.cli;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.morph.ConlluSegmentations;
import org.marsad.morph.GoldSentence;
import org.marsad.morph.SegmentationEval;
import org.marsad.morph.Segmenter;
import org.marsad.morph.SentenceSegmenter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "segment", mixinStandardHelpOptions = true,
        description = {"Words precision/recall/F1 of the clitic segmenter against a CoNLL-U gold file: the raw text "
                + "of each sentence is segmented and every word is compared by the character span it covers, as "
                + "shared/tools/seg_eval.py does.",
            "Gold in current UD style (# text, multiword token lines) is read as is; UD Arabic-PADT v1.3 files "
                + "(vocalized, no token lines) have their tokens rebuilt from the clitic words first (see "
                + "docs/morphology.md)."})
final class EvalSegmentCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GOLD.conllu", description = "Gold segmentation.")
    Path gold;

    @Option(names = "--write-gold", paramLabel = "FILE",
            description = "Also write the gold as surface CoNLL-U (what seg_eval.py reads as GOLD).")
    Path writeGold;

    @Option(names = "--write-system", paramLabel = "FILE",
            description = "Also write the system segmentation as CoNLL-U (what seg_eval.py reads as SYS).")
    Path writeSystem;

    @Option(names = "--model", paramLabel = "FILE", description = "A model written by 'marsad train morph' (default: the shipped one).")
    Path model;

    @Option(names = "--analysed-only", description = "Leave out tokens the treebank's analyser left unsplit "
            + "(PADT v1.3 XPOS U: 'وقطر', 'ومحمد' kept whole), from gold and raw text alike.")
    boolean analysedOnly;

    @Option(names = "--repair-repeated", description = "PADT v1.3 only: read a run of identical unanalysed nodes "
            + "(a conversion fault: each syntactic word of the token carries the whole token) as one token split into "
            + "its words, as current UD releases record it (see docs/morphology.md).")
    boolean repairRepeated;

    @Option(names = "--min", paramLabel = "F1", description = "Exit with status 1 when Words F1 is below this (0-1).")
    Double min;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isRegularFile(gold)) {
            spec.commandLine().getErr().println("marsad eval segment: no such file: " + gold);
            return ExitCodes.FAILURE;
        }
        Segmenter segmenter = SegmentCommand.segmenter(model);
        List<GoldSentence> sentences = ConlluSegmentations.read(gold, repairRepeated);
        if (analysedOnly) {
            sentences = SegmentationEval.analysedOnly(sentences);
        }
        SegmentationEval eval = SegmentationEval.run(segmenter, sentences);
        if (writeGold != null) {
            try (BufferedWriter w = Files.newBufferedWriter(writeGold, StandardCharsets.UTF_8)) {
                StringBuilder sb = new StringBuilder();
                for (GoldSentence g : sentences) {
                    sb.setLength(0);
                    w.append(SegmentationEval.appendGold(g, sb));
                }
            }
        }
        if (writeSystem != null) {
            SentenceSegmenter ss = new SentenceSegmenter(segmenter);
            try (BufferedWriter w = Files.newBufferedWriter(writeSystem, StandardCharsets.UTF_8)) {
                StringBuilder sb = new StringBuilder();
                for (GoldSentence g : sentences) {
                    sb.setLength(0);
                    w.append(ss.appendConllu(g.id(), g.text(), sb));
                }
            }
        }
        out.println(eval.score().report());
        out.flush();
        return min != null && eval.score().f1() < min ? ExitCodes.INPUT_REJECTED : ExitCodes.OK;
    }
}
