package org.marsad.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.marsad.io.ArticleReader;
import org.marsad.io.InputProblem;
import org.marsad.model.Article;

/**
 * The reader on random bytes and on JSONL with garbage between good lines: it never throws, names
 * the place of every problem, and still delivers every good article in order.
 */
class ArticleReaderFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ArticleReader reader = new ArticleReader(null, 1 << 16);

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(2_000);
        Arbitrary<byte[]> texty = AdversarialText.text(100).map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> corrupted = texty.flatMap(b -> Arbitraries.integers().between(0, Math.max(0, b.length - 1))
                .map(i -> {
                    byte[] c = Arrays.copyOf(b, b.length);
                    if (c.length > 0) {
                        c[i] = (byte) 0xC3; // a lead byte with no continuation (mostly)
                    }
                    return c;
                }));
        return Arbitraries.oneOf(random, texty, corrupted);
    }

    @Property(tries = 200)
    void randomBytesInEveryFormat(@ForAll("bytes") byte[] input, @ForAll ArticleReader.Format format,
                                  @ForAll boolean gzip, @ForAll @IntRange(min = 0, max = 100) int cut) throws IOException {
        byte[] data = input;
        if (gzip) {
            byte[] z = gzip(input);
            data = Arrays.copyOf(z, Math.max(0, z.length * (100 - cut / 10) / 100)); // sometimes truncated
        }
        ArticleReader.Result r = new ArticleReader.Result(new ArrayList<>(), new ArrayList<>());
        String name = "fuzz" + (gzip ? ".gz" : "");
        java.io.InputStream in = new ByteArrayInputStream(data);
        if (gzip) {
            in = gunzipOrEmpty(data);
        }
        reader.readStream(in, name, format, r);
        for (Article a : r.articles()) {
            assertThat(a.id()).isNotNull();
            assertThat(a.title()).isNotNull();
            assertThat(a.text()).isNotNull();
        }
        for (InputProblem p : r.problems()) {
            assertThat(p.source()).isEqualTo(name);
            assertThat(p.message()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<List<String>> garbageLines() {
        return Arbitraries.oneOf(
                Arbitraries.of("{", "}", "[]", "null", "42", "{\"id\":\"x\"}", "{\"text\":null}", "{\"title\":\"t\"}",
                        "\u0000\u0001", "{\"id\":1,\"text\":[1,2]}", "{\"text\":\"ok\",\"published\":\"not a date\"}"),
                AdversarialText.anyString(80).map(s -> s.replace('\n', ' ').replace('\r', ' ')))
                .list().ofMaxSize(30);
    }

    @Property(tries = 150)
    void everyGoodJsonlLineSurvivesGarbageAroundIt(@ForAll("garbageLines") List<String> garbage,
                                                   @ForAll("hostileText") List<String> texts) throws IOException {
        StringBuilder sb = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < Math.max(garbage.size(), texts.size()); i++) {
            if (i < garbage.size()) {
                sb.append(garbage.get(i)).append('\n');
            }
            if (i < texts.size()) {
                String id = "good-" + i;
                expected.add(id);
                sb.append(JSON.writeValueAsString(Map.of("id", id, "title", "عنوان " + i, "text", "نص " + texts.get(i))))
                        .append(i % 2 == 0 ? "\n" : "\r\n");
            }
        }
        ArticleReader.Result r = new ArticleReader.Result(new ArrayList<>(), new ArrayList<>());
        reader.readStream(new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8)), "mixed.jsonl",
                ArticleReader.Format.JSONL, r);
        List<String> good = r.articles().stream().map(Article::id).filter(id -> id.startsWith("good-")).toList();
        assertThat(good).containsExactlyElementsOf(expected);
        for (Article a : r.articles()) {
            if (a.id().startsWith("good-")) {
                int i = Integer.parseInt(a.id().substring(5));
                // what survives UTF-8 (a lone surrogate becomes '?'), with line ends unified as the reader documents
                String sent = new String(("نص " + texts.get(i)).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
                assertThat(a.text()).isEqualTo(sent.replace("\r\n", "\n").replace('\r', '\n'));
            }
        }
        for (InputProblem p : r.problems()) {
            assertThat(p.line()).as("problem %s names its line", p).isPositive();
        }
    }

    @Provide
    Arbitrary<List<String>> hostileText() {
        return AdversarialText.text(40).list().ofMaxSize(8);
    }

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(bos)) {
            z.write(b);
        }
        return bos.toByteArray();
    }

    /** A gzip stream over possibly truncated data, as the reader would get from a damaged .gz file. */
    private static java.io.InputStream gunzipOrEmpty(byte[] data) {
        try {
            return new java.util.zip.GZIPInputStream(new ByteArrayInputStream(data));
        } catch (IOException e) {
            return new ByteArrayInputStream(new byte[0]);
        }
    }
}
