package org.marsad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.ner.ConllCorpus;
import org.marsad.ner.LabeledDocument;
import org.marsad.ner.NerTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "tag", mixinStandardHelpOptions = true,
        description = {"Tag pre-tokenized text with named entities. Input: one token per line, a blank line between "
                + "sentences (a tag column, if present, is ignored). Output: token<TAB>TAG in IOB2, tokens unchanged, "
                + "the shape of ANERcorp, for any CoNLL scorer.",
            "Without -DOCSTART- lines, every --doc-sentences sentences are one document for label consistency."})
final class TagCommand implements Callable<Integer> {
    enum Format { conll }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "CoNLL files; '-' or nothing reads standard input.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--format", defaultValue = "conll", description = "Input and output format: conll.")
    Format format;

    @Mixin
    NerModelOption modelOption;

    @Option(names = "--doc-sentences", defaultValue = "20",
            description = "Sentences per document when the input has no -DOCSTART- marks (default: ${DEFAULT-VALUE}).")
    int docSentences;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Option(names = "--bench", paramLabel = "SECONDS",
            description = "Write nothing; tag the input over and over on one thread for SECONDS and report tokens/s.")
    int benchSeconds;

    private double loadCpuMs;

    @Override
    public Integer call() throws IOException {
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long c0 = mx.getCurrentThreadCpuTime();
        NerTagger tagger = modelOption.tagger();
        double loadMs = (System.nanoTime() - t0) / 1e6;
        loadCpuMs = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
        List<LabeledDocument> docs = new ArrayList<>();
        if (files.isEmpty()) {
            files.add(Path.of("-"));
        }
        for (Path p : files) {
            try (Reader r = p.toString().equals("-")
                    ? new InputStreamReader(System.in, StandardCharsets.UTF_8)
                    : Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                docs.addAll(ConllCorpus.documents(ConllCorpus.readSentences(r, p.toString(), false), docSentences));
            }
        }
        if (benchSeconds > 0) {
            return bench(tagger, docs, loadMs);
        }
        Writer w = output == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)
                : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        try {
            for (LabeledDocument d : docs) {
                int[][] tags = tagger.tag(d.tokens());
                for (int k = 0; k < tags.length; k++) {
                    ConllCorpus.write(w, d.tokens().get(k), tags[k]);
                }
            }
        } finally {
            if (output == null) {
                w.flush();
            } else {
                w.close();
            }
        }
        return ExitCodes.OK;
    }

    private int bench(NerTagger tagger, List<LabeledDocument> docs, double loadMs) {
        PrintWriter out = spec.commandLine().getOut();
        long perRound = 0;
        for (LabeledDocument d : docs) {
            perRound += d.tokenCount();
        }
        if (perRound == 0) {
            spec.commandLine().getErr().println("marsad tag: no tokens to measure");
            return ExitCodes.FAILURE;
        }
        out.printf("model load %.0f ms (%.0f ms of CPU); %,d tokens per round%n", loadMs, loadCpuMs, perRound);
        for (int run = 0; run < 2; run++) {
            long seconds = run == 0 ? Math.max(1, benchSeconds / 3) : benchSeconds;
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            var mx = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpu0 = mx.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            long tokens = 0;
            long sink = 0;
            while (System.nanoTime() < end) {
                for (LabeledDocument d : docs) {
                    int[][] tags = tagger.tag(d.tokens());
                    sink += tags.length == 0 ? 0 : tags[0].length;
                }
                tokens += perRound;
            }
            double secs = (System.nanoTime() - start) / 1e9;
            double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
            // CPU time is the fairer measure on a shared machine: wall time also counts waiting for a core
            out.printf("%s: %,.0f tokens/s on one thread (%,d tokens in %.1f s wall); %,.0f tokens per CPU-second%s%n",
                    run == 0 ? "warm-up" : "measured", tokens / secs, tokens, secs, tokens / cpu, sink < 0 ? "!" : "");
            out.flush();
        }
        return ExitCodes.OK;
    }
}
