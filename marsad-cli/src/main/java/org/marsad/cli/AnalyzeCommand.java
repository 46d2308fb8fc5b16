package org.marsad.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marsad.io.AnalysisJson;
import org.marsad.pipeline.AnalysisRunner;
import org.marsad.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyse articles: sentences, entities, quotes, dates. Prints one JSON object per article, "
                + "in input order, following the analysis contract (docs/json-contract.md).",
            "Exit status: 0 all input read, 1 some input rejected (reported on stderr), 2 usage error."})
final class AnalyzeCommand implements Callable<Integer> {
    enum Format { json, jsonl }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--format", defaultValue = "json", description = "json (indented) or jsonl (one line each; best for many).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Option(names = "--tokens", description = "Also list the tokens with their kinds and normalized forms.")
    boolean tokens;

    @Option(names = "--threads", defaultValue = "0", description = "Analysis threads (default: all cores).")
    int threads;

    @Override
    public Integer call() throws IOException {
        Pipeline pipeline = Pipeline.standard();
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        OutputStream os = output == null ? new NonClosing(System.out) : Files.newOutputStream(output);
        try (OutputStream out = new BufferedOutputStream(os, 1 << 16);
             JsonGenerator g = AnalysisJson.generator(out, format == Format.json)) {
            g.setRootValueSeparator(null);
            AnalysisRunner runner = new AnalysisRunner(pipeline, n, tokens, a -> {
                try {
                    AnalysisJson.write(a, g);
                    g.flush();
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, p -> InputOptions.report(spec.commandLine().getErr(), p));
            try (runner) {
                input.read(runner);
                runner.finish();
            }
            return runner.problems() > 0 ? ExitCodes.INPUT_REJECTED : ExitCodes.OK;
        }
    }

    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
