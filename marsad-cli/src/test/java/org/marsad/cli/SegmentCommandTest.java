package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SegmentCommandTest {
    private static String run(String input, String... args) {
        InputStream in = System.in;
        PrintStream out = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            String[] all = new String[args.length + 1];
            all[0] = "segment";
            System.arraycopy(args, 0, all, 1, args.length);
            assertThat(MarsadCli.commandLine().execute(all)).isZero();
        } finally {
            System.setIn(in);
            System.setOut(out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void textFormatOneSentencePerLine() {
        assertThat(run("وبالولايات المتحدة\n\nبلاده وبلال\n"))
                .isEqualTo("و+ب+الولايات المتحدة\nبلاد+ه و+بلال\n");
    }

    @Test
    void conlluFormat() {
        String out = run("للسلطة\n", "--format", "conllu");
        assertThat(out).startsWith("# sent_id = 1\n# text = للسلطة\n1-2\tللسلطة\t");
        assertThat(out).contains("\n2\tلسلطة\tالسلطة\t");
    }
}
