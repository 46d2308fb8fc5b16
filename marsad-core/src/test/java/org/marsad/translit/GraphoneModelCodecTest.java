package org.marsad.translit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class GraphoneModelCodecTest {
    @Test
    void roundTripKeepsEveryNgramAndSpelling() throws IOException {
        GraphoneModel m = TinyNames.model(4);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphoneModelCodec.write(m, out);
        GraphoneModel back = GraphoneModelCodec.read(new ByteArrayInputStream(out.toByteArray()), "test");
        assertThat(back.order()).isEqualTo(4);
        assertThat(back.provenance()).isEqualTo("tiny test set");
        assertThat(back.sortedKeys()).containsExactly(m.sortedKeys());
        for (long k : m.sortedKeys()) {
            assertThat(back.logProbOf(k)).isEqualTo(m.logProbOf(k));
            assertThat(back.backoffOf(k)).isEqualTo(m.backoffOf(k));
        }
        for (String w : new String[] {"كاري", "مونيكا", "تشيلو"}) {
            assertThat(back.toLatin(w)).isEqualTo(m.toLatin(w));
        }
    }

    @Test
    void rejectsOtherFilesNamingTheSource() {
        assertThatThrownBy(() -> GraphoneModelCodec.read(new ByteArrayInputStream(new byte[] {1, 2, 3}), "x.bin"))
                .isInstanceOf(IOException.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] truncated;
        try {
            GraphoneModelCodec.write(TinyNames.model(2), out);
            byte[] all = out.toByteArray();
            java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
            new java.util.zip.GZIPInputStream(new ByteArrayInputStream(all)).transferTo(raw);
            byte[] plain = raw.toByteArray();
            java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
            try (var z = new java.util.zip.GZIPOutputStream(gz)) {
                z.write(plain, 0, plain.length / 2);
            }
            truncated = gz.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThatThrownBy(() -> GraphoneModelCodec.read(new ByteArrayInputStream(truncated), "half.bin"))
                .isInstanceOf(IOException.class).hasMessageContaining("half.bin");
    }
}
