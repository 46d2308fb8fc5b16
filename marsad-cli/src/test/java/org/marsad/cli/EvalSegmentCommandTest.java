package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalSegmentCommandTest {
    @TempDir
    Path dir;

    @Test
    void scoresGoldAndWritesBothSidesForTheReferenceScorer() throws Exception {
        String gold = "# sent_id = 1\n# text = وبالولايات بلال\n"
                + "1-3\tوبالولايات\t_\t_\t_\t_\t_\t_\t_\t_\n"
                + "1\tو\tو\t_\t_\t_\t_\t_\t_\t_\n"
                + "2\tب\tب\t_\t_\t_\t_\t_\t_\t_\n"
                + "3\tالولايات\tالولايات\t_\t_\t_\t_\t_\t_\t_\n"
                + "4\tبلال\tبلال\t_\t_\t_\t_\t_\t_\t_\n\n";
        Path g = dir.resolve("gold.conllu");
        Files.writeString(g, gold, StandardCharsets.UTF_8);
        Path sys = dir.resolve("sys.conllu");
        StringWriter out = new StringWriter();
        int code = MarsadCli.commandLine().setOut(new PrintWriter(out))
                .execute("eval", "segment", g.toString(), "--write-system", sys.toString(), "--min", "0.99");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("words gold=4 system=4 matched=4").contains("Words_F1=1.0000");
        assertThat(Files.readString(sys)).contains("1-3\tوبالولايات").contains("4\tبلال");
    }

    @Test
    void missingGoldIsAClearError() {
        StringWriter err = new StringWriter();
        int code = MarsadCli.commandLine().setErr(new PrintWriter(err))
                .execute("eval", "segment", dir.resolve("nope.conllu").toString());
        assertThat(code).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString()).contains("nope.conllu");
    }
}
