package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code marsad eval ner} and {@code marsad eval segment} print the figures of the reference scorers
 * {@code shared/tools/conlleval.py} and {@code seg_eval.py} on the same files (the article scorer has its
 * own agreement test in marsad-core).
 */
@Tag("eval")
class ReferenceScorersAgreementTest {
    private static final Pattern FIGURE = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\\d+\\.\\d+)");

    @TempDir
    Path tmp;

    private static Path shared() {
        String s = System.getProperty("marsad.shared");
        assumeTrue(s != null && Files.isDirectory(Path.of(s, "tools")), "shared data not present");
        return Path.of(s);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void nerSpanScoresAgreeWithConlleval(long seed) throws Exception {
        Path shared = shared();
        List<String> lines = Files.readAllLines(shared.resolve("data/ner/anercorp-train.txt"), StandardCharsets.UTF_8);
        List<String> goldLines = lines.subList(0, Math.min(lines.size(), 40_000));
        Path gold = tmp.resolve("gold.txt");
        Files.write(gold, goldLines, StandardCharsets.UTF_8);
        Path pred = tmp.resolve("pred-" + seed + ".txt");
        Random r = new Random(seed);
        String[] types = {"PERS", "ORG", "LOC", "MISC"};
        try (BufferedWriter w = Files.newBufferedWriter(pred, StandardCharsets.UTF_8)) {
            for (String l : goldLines) {
                if (l.isBlank()) {
                    w.write("\n");
                    continue;
                }
                String[] p = l.trim().split("\\s+");
                String tag = p[p.length - 1];
                double d = r.nextDouble();
                if (d < 0.05) {
                    tag = "O";
                } else if (d < 0.10) {
                    tag = "B-" + types[r.nextInt(types.length)];
                } else if (d < 0.15) {
                    tag = "I-" + types[r.nextInt(types.length)]; // IOB1-style starts and broken continuations
                } else if (d < 0.18 && tag.startsWith("B-")) {
                    tag = "I-" + tag.substring(2);
                }
                w.write(p[0] + (r.nextBoolean() ? "\t" : " ") + tag + "\n");
            }
        }
        Map<String, Double> python = figures(python(shared, "conlleval.py", gold, pred));
        Map<String, Double> java = figures(run("eval", "ner", gold.toString(), "--pred", pred.toString()));
        assertThat(python).containsKeys("NER_F1", "P", "R");
        assertClose(java, python);
    }

    @Test
    void segmentationWordsF1AgreesWithSegEval() throws Exception {
        Path shared = shared();
        Path gold = shared.resolve("data/ud/padt-v1.3/ar-ud-dev.conllu");
        Path g = tmp.resolve("gold.conllu");
        Path s = tmp.resolve("system.conllu");
        String out = run("eval", "segment", gold.toString(), "--write-gold", g.toString(), "--write-system", s.toString());
        Map<String, Double> java = figures(out);
        Map<String, Double> python = figures(python(shared, "seg_eval.py", g, s));
        assertThat(python).containsKeys("Words_F1", "P", "R");
        assertClose(java, python);
    }

    private static void assertClose(Map<String, Double> java, Map<String, Double> python) {
        for (Map.Entry<String, Double> e : python.entrySet()) {
            assertThat(java).containsKey(e.getKey());
            // printed figures: Java's %.3f rounds ties up, Python's to even, one unit of the last digit apart at most
            assertThat(java.get(e.getKey())).as(e.getKey()).isCloseTo(e.getValue(), org.assertj.core.data.Offset.offset(0.0011));
        }
    }

    /** The last value of each name=number on the output (the overall line comes last in both scorers). */
    private static Map<String, Double> figures(String out) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            if (!line.startsWith("NER_F1") && !line.startsWith("Words_F1")) {
                continue;
            }
            Matcher x = FIGURE.matcher(line);
            while (x.find()) {
                m.put(x.group(1), Double.parseDouble(x.group(2)));
            }
        }
        return m;
    }

    private static String run(String... args) {
        CliRun.Result r = CliRun.run(args);
        assertThat(r.code()).as(r.err()).isZero();
        return r.out();
    }

    private static String python(Path shared, String tool, Path gold, Path pred) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("python3", shared.resolve("tools").resolve(tool).toString(),
                gold.toString(), pred.toString()));
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "python3 not available");
            throw e;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}
