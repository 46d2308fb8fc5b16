package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TagCommandTest {
    @TempDir
    Path dir;

    @Test
    void conllOutputKeepsEveryTokenAndSentenceBreak() throws Exception {
        // odd tokens on purpose: attached punctuation, a right-to-left mark, Latin, digits, a tag column
        String input = "(د\nب\nأ)\nقال\tO\nبيسكوف\nإن\n\u200F,\u200F\nCNN\nو\nسي\nإن\nإن\n.\n\n"
                + "وصل\nأنتوني\nبلينكن\nإلى\nجنيف\n2022\n.\n";
        Path in = dir.resolve("in.txt");
        Path out = dir.resolve("out.txt");
        Files.writeString(in, input, StandardCharsets.UTF_8);
        CommandLine cl = MarsadCli.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("tag", "--format", "conll", in.toString(), "-o", out.toString());
        assertThat(code).as(err.toString()).isZero();
        List<String> inLines = Files.readAllLines(in, StandardCharsets.UTF_8);
        List<String> outLines = Files.readAllLines(out, StandardCharsets.UTF_8);
        List<String> expectedTokens = new ArrayList<>();
        for (String l : inLines) {
            expectedTokens.add(l.isEmpty() ? "" : l.split("\t")[0]);
        }
        expectedTokens.add("");
        assertThat(outLines).hasSize(expectedTokens.size());
        for (int i = 0; i < outLines.size(); i++) {
            String o = outLines.get(i);
            if (expectedTokens.get(i).isEmpty()) {
                assertThat(o).isEmpty();
            } else {
                String[] f = o.split("\t");
                assertThat(f).hasSize(2);
                assertThat(f[0]).isEqualTo(expectedTokens.get(i));
                assertThat(f[1]).matches("O|[BI]-(PERS|ORG|LOC|MISC)");
            }
        }
    }

    @Test
    void evalNerScoresAPredictionFileLikeTheConllScorer() throws Exception {
        Path gold = dir.resolve("gold.txt");
        Path pred = dir.resolve("pred.txt");
        Files.writeString(gold, "جورج B-PERS\nبوش I-PERS\nفي O\nجنيف B-LOC\n\nناتو B-ORG\n", StandardCharsets.UTF_8);
        Files.writeString(pred, "جورج\tB-PERS\nبوش\tI-PERS\nفي\tO\nجنيف\tB-ORG\n\nناتو\tB-ORG\n", StandardCharsets.UTF_8);
        CommandLine cl = MarsadCli.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        int code = cl.execute("eval", "ner", gold.toString(), "--pred", pred.toString());
        assertThat(code).isZero();
        assertThat(out.toString()).contains("PERS  P=1.000 R=1.000 F1=1.000 n=1")
                .contains("LOC   P=0.000 R=0.000 F1=0.000 n=1")
                .contains("NER_F1=0.667 P=0.667 R=0.667");
        assertThat(cl.execute("eval", "ner", gold.toString(), "--pred", pred.toString(), "--min", "0.9")).isNotZero();
    }
}
