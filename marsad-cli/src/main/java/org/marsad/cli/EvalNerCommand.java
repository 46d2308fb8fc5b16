package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.ner.ConllCorpus;
import org.marsad.ner.LabeledDocument;
import org.marsad.ner.NerTagger;
import org.marsad.ner.SpanScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ner", mixinStandardHelpOptions = true,
        description = {"Span precision, recall and F1 of named entities, per type and overall, as "
                + "../shared/tools/conlleval.py counts them. Tags GOLD's tokens with the model, or scores --pred.",
            "Exit status: 0, or 3 when F1 is below --min or the files do not align."})
final class EvalNerCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GOLD", description = "Gold CoNLL file: token TAG per line, IOB1 or IOB2.")
    Path gold;

    @Option(names = "--pred", paramLabel = "FILE", description = "Score this tagged file instead of tagging GOLD.")
    Path pred;

    @Mixin
    NerModelOption modelOption;

    @Option(names = "--doc-sentences", defaultValue = "20",
            description = "Sentences per document when GOLD has no -DOCSTART- marks (default: ${DEFAULT-VALUE}).")
    int docSentences;

    @Option(names = "--min", paramLabel = "F1", description = "Fail (exit 1) when overall F1 is below this (0..1).")
    Double min;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<ConllCorpus.Sentence> g = read(gold);
        SpanScores scores = new SpanScores();
        if (pred != null) {
            List<ConllCorpus.Sentence> p = read(pred);
            // aligned by token stream, as the CoNLL scorer does, so sentence breaks may differ
            int[] gt = flatten(g);
            int[] pt = flatten(p);
            if (gt.length != pt.length) {
                out.printf("token count differs: gold %d pred %d%n", gt.length, pt.length);
                return ExitCodes.FAILURE;
            }
            scores.add(gt, pt);
        } else {
            NerTagger tagger = modelOption.tagger();
            for (LabeledDocument d : ConllCorpus.documents(g, docSentences)) {
                int[][] tags = tagger.tag(d.tokens());
                for (int k = 0; k < tags.length; k++) {
                    scores.add(d.tags().get(k), tags[k]);
                }
            }
        }
        out.print(scores.report());
        out.flush();
        return min != null && scores.overall().f1() < min ? ExitCodes.FAILURE : ExitCodes.OK;
    }

    private static List<ConllCorpus.Sentence> read(Path p) throws IOException {
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            return ConllCorpus.readSentences(r, p.toString(), true);
        }
    }

    private static int[] flatten(List<ConllCorpus.Sentence> sentences) {
        int n = 0;
        for (ConllCorpus.Sentence s : sentences) {
            n += s.tokens() == null ? 0 : s.tokens().length;
        }
        int[] out = new int[n];
        int k = 0;
        for (ConllCorpus.Sentence s : sentences) {
            if (s.tokens() != null) {
                System.arraycopy(s.tags(), 0, out, k, s.tags().length);
                k += s.tags().length;
            }
        }
        return out;
    }
}
