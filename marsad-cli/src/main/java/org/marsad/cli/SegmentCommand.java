package org.marsad.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.marsad.morph.Segmenter;
import org.marsad.morph.SegmenterModel;
import org.marsad.morph.SentenceSegmenter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "segment", mixinStandardHelpOptions = true,
        description = {"Split Arabic clitics off words, following Universal Dependencies' conventions. Reads raw "
                + "text, one sentence per line, from files or standard input.",
            "text: tokens separated by spaces, '+' at clitic joins (و+ب+الولايات). conllu: # text, a multiword "
                + "token line over each split token, one word per line with the surface characters it covers, the "
                + "lemma column with a restored article (ل + لسلطة, lemma السلطة).",
            "--bench measures words per second on one core instead (see docs/morphology.md)."})
final class SegmentCommand implements Callable<Integer> {
    enum Format { text, conllu }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Text files (.gz too); '-' or nothing reads standard input.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", description = "text or conllu (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--model", paramLabel = "FILE", description = "A model written by 'marsad train morph' (default: the shipped one).")
    Path model;

    @Option(names = "--bench", description = "Measure throughput on one core over articles (FILEs as corpus paths; "
            + "default ../shared/data/corpus, else the bundled sample) instead of segmenting.")
    boolean bench;

    @Option(names = "--seconds", defaultValue = "10", description = "Measured time of --bench (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--limit", defaultValue = "5000", description = "Articles --bench loads (default: ${DEFAULT-VALUE}).")
    int limit;

    static Segmenter segmenter(Path model) throws IOException {
        if (model == null) {
            return Segmenter.standard();
        }
        try (InputStream in = Files.newInputStream(model)) {
            return new Segmenter(SegmenterModel.read(in));
        }
    }

    @Override
    public Integer call() throws Exception {
        Segmenter segmenter = segmenter(model);
        if (bench) {
            return new SegmentBench(segmenter, files, limit, seconds).run(spec.commandLine().getOut());
        }
        SentenceSegmenter ss = new SentenceSegmenter(segmenter);
        Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        int problems = 0;
        StringBuilder sb = new StringBuilder();
        int[] sentence = {0};
        List<Path> inputs = files.isEmpty() ? List.of(Path.of("-")) : files;
        for (Path p : inputs) {
            try (BufferedReader r = reader(p)) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    sb.setLength(0);
                    sentence[0]++;
                    if (format == Format.conllu) {
                        ss.appendConllu(Integer.toString(sentence[0]), line.strip(), sb);
                    } else {
                        ss.appendText(line.strip(), sb);
                    }
                    w.append(sb);
                }
            } catch (IOException | UncheckedIOException e) {
                spec.commandLine().getErr().println("marsad segment: skipped " + p + ": " + e.getMessage());
                problems++;
            }
        }
        w.flush();
        return problems > 0 ? ExitCodes.INPUT_REJECTED : ExitCodes.OK;
    }

    private static BufferedReader reader(Path p) throws IOException {
        InputStream in = p.toString().equals("-") ? System.in : Files.newInputStream(p);
        if (p.toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
