package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DatesEvalCommandTest {
    @TempDir
    Path dir;

    private int run(StringWriter out, String... args) {
        CommandLine cl = new CommandLine(new MarsadCli());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        return cl.execute(args);
    }

    @Test
    void scoresAGoldFileAndListsErrors() throws Exception {
        Files.writeString(dir.resolve("a.json"), """
                {"id": "a", "published": "2022-01-14", "title": "", "text": "وصل الوفد أمس. وفي 10 كانون الثاني الحالي جرت جولة.",
                 "dates": [{"text": "أمس", "value": "2022-01-13"}, {"text": "10 كانون الثاني الحالي", "value": "2022-01-11"}]}
                """);
        StringWriter out = new StringWriter();
        int rc = run(out, "eval", "dates", "--errors", dir.toString());
        assertThat(rc).isEqualTo(0);
        assertThat(out.toString()).contains("F1=0.500").contains("a\twrong\t10 كانون الثاني الحالي\t2022-01-11\tgot 2022-01-10");
        assertThat(run(new StringWriter(), "eval", "dates", "--min-f1", "0.9", dir.toString())).isEqualTo(1);
    }

    @Test
    void nothingToScoreIsAFailure() {
        assertThat(run(new StringWriter(), "eval", "dates", dir.toString())).isEqualTo(3);
    }
}
