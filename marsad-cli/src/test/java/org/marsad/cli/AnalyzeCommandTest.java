package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private List<JsonNode> jsonl(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).map(l -> {
            try {
                return JSON.readTree(l);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + l, e);
            }
        }).toList();
    }

    @Test
    void plainTextArticleGivesContractObject() throws IOException {
        Path in = Files.writeString(dir.resolve("seed.txt"), "بيسكوف: العلاقات تدخل مرحلة خطيرة\nقال بيسكوف إن هناك تفاهماً. وأضاف أن الوضع خطير.\n");
        Path out = dir.resolve("out.json");
        CliRun.Result r = CliRun.run("analyze", in.toString(), "--published", "2022-01-14", "--output", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode a = JSON.readTree(out.toFile());
        assertThat(a.get("id").asText()).isEqualTo("seed");
        assertThat(a.get("published").asText()).isEqualTo("2022-01-14");
        assertThat(a.get("language").asText()).isEqualTo("ar");
        for (String k : List.of("sentences", "entities", "quotes", "dates")) {
            assertThat(a.get(k).isArray()).as(k).isTrue();
        }
        String text = a.get("text").asText();
        JsonNode sents = a.get("sentences");
        assertThat(sents).hasSize(3);
        JsonNode second = sents.get(2);
        assertThat(second.get("field").asText()).isEqualTo("text");
        assertThat(text.substring(second.get("start").asInt(), second.get("end").asInt())).isEqualTo("وأضاف أن الوضع خطير.");
    }

    @Test
    void offsetsAreCodePoints() throws IOException {
        Path in = Files.writeString(dir.resolve("emoji.jsonl"),
                "{\"id\":\"e\",\"title\":\"t\",\"text\":\"😀😀 قال. ثم ذهب.\"}\n");
        Path out = dir.resolve("out.jsonl");
        CliRun.Result r = CliRun.run("analyze", "--format", "jsonl", "--tokens", in.toString(), "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode a = jsonl(out).get(0);
        String text = a.get("text").asText();
        JsonNode tok = a.get("tokens").get(3); // title token first, then 😀 😀 قال
        assertThat(tok.get("text").asText()).isEqualTo("قال");
        assertThat(tok.get("start").asInt()).isEqualTo(3); // two emoji = two code points (four chars), then a space
        int[] cps = text.codePoints().toArray();
        String slice = new String(cps, tok.get("start").asInt(), tok.get("end").asInt() - tok.get("start").asInt());
        assertThat(slice).isEqualTo("قال");
    }

    @Test
    void badInputIsReportedGoodInputSurvivesAndExitStatusSaysSo() throws IOException {
        Path in = Files.writeString(dir.resolve("mixed.jsonl"), """
                {"id": "a", "title": "أ", "text": "نص أول."}
                not json at all
                {"id": "b", "title": "ب", "text": "نص ثان."}
                """);
        Path out = dir.resolve("out.jsonl");
        CliRun.Result r = CliRun.run("analyze", "--format", "jsonl", in.toString(), "-o", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(in + ":2").contains("not valid JSON");
        assertThat(jsonl(out)).extracting(n -> n.get("id").asText()).containsExactly("a", "b");
    }

    @Test
    void manyArticlesKeepInputOrderAcrossThreads() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            sb.append("{\"id\":\"n").append(i).append("\",\"title\":\"عنوان\",\"text\":\"").append("كلمة ".repeat(i % 37 + 1))
                    .append("\"}\n");
        }
        Path in = Files.writeString(dir.resolve("many.jsonl"), sb.toString());
        Path out = dir.resolve("out.jsonl");
        CliRun.Result r = CliRun.run("analyze", "--format", "jsonl", "--threads", "3", in.toString(), "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<JsonNode> got = jsonl(out);
        assertThat(got).hasSize(500);
        for (int i = 0; i < 500; i++) {
            assertThat(got.get(i).get("id").asText()).isEqualTo("n" + i);
        }
    }

    @Test
    void missingFileExitsOne() {
        CliRun.Result r = CliRun.run("analyze", dir.resolve("nope.txt").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("nope.txt").contains("no such file");
    }

    @Test
    void badDateIsAUsageError() {
        CliRun.Result r = CliRun.run("analyze", "--published", "14/01/2022", "x.txt");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--published");
    }

    @Test
    void helpListsEveryCommand() {
        CliRun.Result r = CliRun.run("--help");
        assertThat(r.out()).contains("analyze").contains("bench").contains("eval").contains("train");
    }
}
