package org.marsad.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;

class ArticleReaderTest {
    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader(LocalDate.of(2022, 1, 14), 1 << 20);

    private ArticleReader.Result read(Path... paths) {
        return ArticleReader.readAll(reader, List.of(paths));
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        return p;
    }

    @Test
    void plainTextHeadlineThenBody() throws IOException {
        Path p = write("seed.txt", "\n\nبيسكوف: العلاقات\nالفقرة الأولى.\nالفقرة الثانية.\n\n");
        ArticleReader.Result r = read(p);
        assertThat(r.problems()).isEmpty();
        Article a = r.articles().get(0);
        assertThat(a.id()).isEqualTo("seed");
        assertThat(a.title()).isEqualTo("بيسكوف: العلاقات");
        assertThat(a.text()).isEqualTo("الفقرة الأولى.\nالفقرة الثانية.");
        assertThat(a.published()).isEqualTo(LocalDate.of(2022, 1, 14));
    }

    @Test
    void crlfAndBomAreRemoved() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "عنوان\r\nسطر أول\r\nسطر ثان\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        Article a = read(write("crlf.txt", all)).articles().get(0);
        assertThat(a.title()).isEqualTo("عنوان");
        assertThat(a.text()).isEqualTo("سطر أول\nسطر ثان");
    }

    @Test
    void jsonlKeepsFieldsAndMetadata() throws IOException {
        Path p = write("a.jsonl", """
                {"id": "x1", "title": "عنوان", "text": "نص", "published": "2018-07-03T10:00:00+01:00", "source": "BBC", "url": "http://b", "category": "world"}
                {"id": 7, "title": "ثان", "text": "نص ثان", "published": "2018-07-04"}
                """);
        ArticleReader.Result r = read(p);
        assertThat(r.problems()).isEmpty();
        assertThat(r.articles()).extracting(Article::id).containsExactly("x1", "7");
        Article a = r.articles().get(0);
        assertThat(a.published()).isEqualTo(LocalDate.of(2018, 7, 3));
        assertThat(a.source()).isEqualTo("BBC");
        assertThat(a.url()).isEqualTo("http://b");
        assertThat(a.metadata()).containsEntry("category", "world");
    }

    @Test
    void extraFieldsKeepTheInputOrder() throws IOException {
        Path p = write("order.jsonl", """
                {"id": "o1", "text": "نص", "zeta": 1, "alpha": 2, "mu": 3, "beta": 4, "kappa": 5, "omega": 6}
                """);
        Article a = read(p).articles().get(0);
        assertThat(a.metadata().keySet()).containsExactly("zeta", "alpha", "mu", "beta", "kappa", "omega");
    }

    @Test
    void badJsonlLinesAreReportedAndGoodOnesSurvive() throws IOException {
        Path p = write("mixed.jsonl", """
                {"id": "good1", "title": "أ", "text": "نص أول"}
                {this is not json
                {"id": "notext", "title": "ب"}
                {"id": "empty", "title": "", "text": "   "}
                ["an", "array"]
                {"id": "good2", "title": "ج", "text": "نص ثان"}
                """);
        ArticleReader.Result r = read(p);
        assertThat(r.articles()).extracting(Article::id).containsExactly("good1", "good2");
        assertThat(r.problems()).extracting(InputProblem::line).containsExactly(2L, 3L, 4L, 5L);
        assertThat(r.problems().get(0).toString()).startsWith(p + ":2").contains("not valid JSON");
        assertThat(r.problems().get(1).message()).contains("lacks the field \"text\"");
        assertThat(r.problems().get(2).message()).isEqualTo("empty article");
        assertThat(r.problems().get(3).message()).isEqualTo("not a JSON object");
    }

    @Test
    void invalidUtf8IsReportedWithLineAndByteOffset() throws IOException {
        byte[] good = "{\"id\":\"a\",\"text\":\"نص\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
        byte[] all = new byte[good.length + bad.length + good.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        System.arraycopy(good, 0, all, good.length + bad.length, good.length);
        ArticleReader.Result r = read(write("bad.jsonl", all));
        assertThat(r.articles()).hasSize(2);
        InputProblem p = r.problems().get(0);
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.byteOffset()).isEqualTo(good.length + 9L);
        assertThat(p.message()).isEqualTo("invalid UTF-8");
    }

    @Test
    void invalidUtf8InPlainText() throws IOException {
        byte[] b = {'a', '\n', 'b', (byte) 0xFF};
        ArticleReader.Result r = read(write("bad.txt", b));
        assertThat(r.articles()).isEmpty();
        assertThat(r.problems().get(0).toString()).contains("bad.txt:2").contains("(byte 3)").contains("invalid UTF-8");
    }

    @Test
    void binaryFileIsRejected() throws IOException {
        byte[] b = {'P', 'K', 3, 4, 0, 0, 1, 2};
        ArticleReader.Result r = read(write("archive.txt", b));
        assertThat(r.articles()).isEmpty();
        assertThat(r.problems().get(0).message()).contains("binary data");
    }

    @Test
    void emptyPlainTextArticle() throws IOException {
        ArticleReader.Result r = read(write("empty.txt", "\n \n\t\n"));
        assertThat(r.articles()).isEmpty();
        assertThat(r.problems().get(0).message()).isEqualTo("empty article");
    }

    @Test
    void oversizedArticleIsRejectedNotFatal() throws IOException {
        ArticleReader small = new ArticleReader(null, 1000);
        String big = "كلمة ".repeat(1000);
        Path txt = write("big.txt", "عنوان\n" + big);
        Path jsonl = write("big.jsonl", "{\"id\":\"big\",\"text\":\"" + big + "\"}\n{\"id\":\"ok\",\"text\":\"نص\"}\n");
        ArticleReader.Result r = ArticleReader.readAll(small, List.of(txt, jsonl));
        assertThat(r.articles()).extracting(Article::id).containsExactly("ok");
        assertThat(r.problems()).hasSize(2);
        assertThat(r.problems().get(0).message()).contains("article too large").contains("over the limit of 1000 bytes");
        assertThat(r.problems().get(1).line()).isEqualTo(1);
        assertThat(r.problems().get(1).message()).contains("line too long");
    }

    @Test
    void gzipAndDirectoriesRecursively() throws IOException {
        Path gz = dir.resolve("in/sub/b.jsonl.gz");
        Files.createDirectories(gz.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("{\"id\":\"gz1\",\"text\":\"نص\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        write("in/a.txt", "عنوان\nنص");
        write("in/notes.md", "ignored");
        ArticleReader.Result r = read(dir.resolve("in"));
        assertThat(r.problems()).isEmpty();
        assertThat(r.articles()).extracting(Article::id).containsExactly("a", "gz1");
    }

    @Test
    void truncatedGzipKeepsWhatWasRead() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            for (int i = 0; i < 2000; i++) {
                out.write(("{\"id\":\"n" + i + "\",\"text\":\"نص رقم " + i + "\"}\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] all = bytes.toByteArray();
        byte[] cut = java.util.Arrays.copyOf(all, all.length / 2);
        ArticleReader.Result r = read(write("cut.jsonl.gz", cut));
        assertThat(r.articles()).isNotEmpty();
        assertThat(r.articles().get(0).id()).isEqualTo("n0");
        assertThat(r.problems()).hasSize(1);
        assertThat(r.problems().get(0).message()).contains("corrupt or truncated gzip");
    }

    @Test
    void missingFileIsReported() {
        ArticleReader.Result r = read(dir.resolve("nope.txt"));
        assertThat(r.problems().get(0).message()).isEqualTo("no such file");
    }

    @Test
    void singleJsonObjectFilePrettyPrinted() throws IOException {
        Path p = write("one.json", "{\n  \"id\": \"g1\",\n  \"title\": \"عنوان\",\n  \"text\": \"نص\",\n  \"published\": \"2018-08-06\"\n}\n");
        ArticleReader.Result r = read(p);
        assertThat(r.problems()).isEmpty();
        assertThat(r.articles()).extracting(Article::id).containsExactly("g1");
    }

    @Test
    void nonArabicTextIsStillAnArticle() throws IOException {
        ArticleReader.Result r = read(write("en.txt", "Headline\nPlain English body."));
        assertThat(r.articles()).hasSize(1);
    }

    @Test
    void stdinSniffsJsonl() {
        List<Article> got = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        reader.readStream(new ByteArrayInputStream("  {\"id\":\"s\",\"text\":\"نص\"}\n".getBytes(StandardCharsets.UTF_8)),
                new ArticleSink() {
                    @Override
                    public void article(Article article) {
                        got.add(article);
                    }

                    @Override
                    public void problem(InputProblem problem) {
                        problems.add(problem);
                    }
                });
        assertThat(problems).isEmpty();
        assertThat(got).extracting(Article::id).containsExactly("s");
    }

    @Test
    void unreadablePublishedKeepsArticle() throws IOException {
        ArticleReader.Result r = read(write("d.jsonl", "{\"id\":\"d\",\"text\":\"نص\",\"published\":\"yesterday\"}\n"));
        assertThat(r.articles()).hasSize(1);
        assertThat(r.problems().get(0).message()).contains("unreadable \"published\"");
    }
}
