package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranslitCommandsTest {
    @TempDir
    Path dir;

    private void write(String split, List<String> arabic, List<String> latin) throws Exception {
        Files.write(dir.resolve(split + ".ar"), arabic, StandardCharsets.UTF_8);
        Files.write(dir.resolve(split + ".en"), latin, StandardCharsets.UTF_8);
    }

    @Test
    void trainsAModelThatEvalReadsBack() throws Exception {
        write("train", List.of("بارك", "ماري", "نيكو", "تولا", "سامي", "ليون", "كارلو", "مونيكا", "ساكو", "روسو",
                        "بيلا", "ماركو", "سيمون", "توني", "نيلسون"),
                List.of("Bark", "Mari", "Niko", "Tola", "Sami", "Lion", "Karlo", "Monika", "Sako", "Roso",
                        "Bila", "Marko", "Simon", "Toni", "Nilson"));
        write("dev", List.of("كاري", "سيلا"), List.of("Kari", "Sila"));
        Path model = dir.resolve("m.bin.gz");
        StringWriter out = new StringWriter();
        int code = MarsadCli.commandLine().setOut(new PrintWriter(out))
                .execute("train", "translit", "--data", dir.toString(), "--order", "3", "--min-graphone-count", "1",
                        "-o", model.toString());
        assertThat(code).isZero();
        assertThat(out.toString()).contains("translit: 15 pairs").contains("dev: 2 words, accuracy 100.0%");
        StringWriter evalOut = new StringWriter();
        code = MarsadCli.commandLine().setOut(new PrintWriter(evalOut))
                .execute("eval", "translit", "--data", dir.toString(), "--model", model.toString());
        assertThat(code).isZero();
        assertThat(evalOut.toString()).containsPattern("graphone model alone\\s+100.0%\\s+0.0%");
    }

    @Test
    void missingDataIsAClearError() {
        StringWriter err = new StringWriter();
        int code = MarsadCli.commandLine().setErr(new PrintWriter(err))
                .execute("train", "translit", "--data", dir.resolve("nope").toString(), "-o", dir.resolve("m").toString());
        assertThat(code).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString()).contains("nope");
    }
}
