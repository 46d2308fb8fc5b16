package org.marsad.io;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.marsad.model.Article;

/**
 * Reads articles from plain-text files (first non-empty line = headline), JSONL, single JSON objects,
 * directories of them (recursively, in name order), their {@code .gz}, or a stream. Bad input is
 * reported with its place and skipped; everything good around it is still delivered. Streams JSONL,
 * so memory stays bounded on files of any size.
 */
public final class ArticleReader {
    /** Default largest article (or JSONL line) accepted, in bytes. */
    public static final int DEFAULT_MAX_ARTICLE_BYTES = 8 << 20;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final String STDIN = "<stdin>";

    private final LocalDate defaultPublished;
    private final int maxArticleBytes;

    public ArticleReader(LocalDate defaultPublished, int maxArticleBytes) {
        this.defaultPublished = defaultPublished;
        this.maxArticleBytes = maxArticleBytes;
    }

    public ArticleReader() {
        this(null, DEFAULT_MAX_ARTICLE_BYTES);
    }

    public enum Format { TEXT, JSONL, JSON }

    /** Reads every path in order; directories are walked recursively in name order. */
    public void read(List<Path> paths, ArticleSink sink) {
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(p)) {
                    files = walk.filter(Files::isRegularFile).filter(ArticleReader::isArticleFile).sorted().toList();
                } catch (IOException | UncheckedIOException e) {
                    sink.problem(new InputProblem(p.toString(), 0, -1, "cannot list directory: " + e.getMessage()));
                    continue;
                }
                for (Path f : files) {
                    readFile(f, sink);
                }
            } else if (Files.isRegularFile(p)) {
                readFile(p, sink);
            } else {
                sink.problem(new InputProblem(p.toString(), 0, -1, Files.exists(p) ? "not a regular file" : "no such file"));
            }
        }
    }

    static boolean isArticleFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.startsWith(".")) {
            return false;
        }
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        return n.endsWith(".txt") || n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json");
    }

    static Format formatOf(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return Format.JSONL;
        }
        if (n.endsWith(".json")) {
            return Format.JSON;
        }
        return Format.TEXT;
    }

    public void readFile(Path file, ArticleSink sink) {
        String name = file.toString();
        try (InputStream raw = Files.newInputStream(file)) {
            InputStream in = new BufferedInputStream(raw, 1 << 16);
            if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
                // no buffer over the inflater: a truncated file then still yields every line before the cut
                in = new GZIPInputStream(in, 1 << 16);
            }
            String base = file.getFileName().toString().replaceFirst("(?i)(\\.(txt|jsonl|ndjson|json))?(\\.gz)?$", "");
            read(in, name, formatOf(name), base, sink);
        } catch (IOException e) {
            sink.problem(new InputProblem(name, 0, -1, "cannot read: " + describe(e)));
        }
    }

    /** Reads standard input (or any stream), sniffing JSONL from a leading '{'. */
    public void readStream(InputStream in, ArticleSink sink) {
        BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
        try {
            b.mark(4096);
            byte[] head = b.readNBytes(4096);
            b.reset();
            Format f = Format.TEXT;
            int k = skipBom(head, head.length);
            while (k < head.length && Character.isWhitespace(head[k])) {
                k++;
            }
            if (k < head.length && head[k] == '{') {
                f = Format.JSONL;
            }
            read(b, STDIN, f, "stdin", sink);
        } catch (IOException e) {
            sink.problem(new InputProblem(STDIN, 0, -1, "cannot read: " + describe(e)));
        }
    }

    /** Reads a stream of a known format; {@code name} is used in problem reports and fallback ids. */
    public void readStream(InputStream in, String name, Format format, ArticleSink sink) {
        try {
            read(new BufferedInputStream(in, 1 << 16), name, format, name, sink);
        } catch (IOException e) {
            sink.problem(new InputProblem(name, 0, -1, "cannot read: " + describe(e)));
        }
    }

    private void read(InputStream in, String name, Format format, String baseId, ArticleSink sink) throws IOException {
        switch (format) {
            case JSONL -> readJsonl(in, name, sink);
            case JSON -> readJson(in, name, baseId, sink);
            default -> readText(in, name, baseId, sink);
        }
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        if (e instanceof java.util.zip.ZipException || e instanceof java.io.EOFException) {
            return "corrupt or truncated gzip data" + (m == null ? "" : " (" + m + ")");
        }
        return m == null ? e.getClass().getSimpleName() : m;
    }

    // ---- plain text ----

    private void readText(InputStream in, String name, String baseId, ArticleSink sink) throws IOException {
        byte[] bytes = in.readNBytes(maxArticleBytes + 1);
        if (bytes.length > maxArticleBytes) {
            long total = bytes.length + in.transferTo(java.io.OutputStream.nullOutputStream());
            sink.problem(new InputProblem(name, 0, -1, "article too large: " + total + " bytes, over the limit of "
                    + maxArticleBytes + " bytes (--max-article-bytes)"));
            return;
        }
        int nul = indexOf(bytes, bytes.length, (byte) 0);
        if (nul >= 0) {
            sink.problem(new InputProblem(name, 0, nul, "binary data (a NUL byte), not a text article"));
            return;
        }
        String s = decodeWhole(bytes, name, sink);
        if (s == null) {
            return;
        }
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        int i = 0;
        int n = s.length();
        // first non-empty line is the headline
        while (i < n) {
            int eol = s.indexOf('\n', i);
            if (eol < 0) {
                eol = n;
            }
            if (!s.substring(i, eol).isBlank()) {
                break;
            }
            i = eol + 1;
        }
        if (i >= n) {
            sink.problem(new InputProblem(name, 0, -1, "empty article"));
            return;
        }
        int eol = s.indexOf('\n', i);
        if (eol < 0) {
            eol = n;
        }
        String title = s.substring(i, eol).strip();
        String text = eol >= n ? "" : stripBlankLines(s.substring(eol + 1));
        sink.article(new Article(baseId, title, text, defaultPublished, null, null, Map.of()));
    }

    private static String stripBlankLines(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && (s.charAt(a) == '\n' || s.charAt(a) == ' ' || s.charAt(a) == '\t')) {
            a++;
        }
        // keep leading spaces of the first real line out, but never cut inside it
        while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    // ---- JSON ----

    /** A .json file: one object, an array of objects, or several objects one after another (pretty-printed or not). */
    private void readJson(InputStream in, String name, String baseId, ArticleSink sink) throws IOException {
        byte[] bytes = in.readNBytes(maxArticleBytes + 1);
        if (bytes.length > maxArticleBytes) {
            // a large .json is most likely JSONL under another name: stream it as such
            readJsonl(new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(bytes), in), name, sink);
            return;
        }
        String s = decodeWhole(bytes, name, sink);
        if (s == null) {
            return;
        }
        List<JsonNode> values = new ArrayList<>();
        try (com.fasterxml.jackson.databind.MappingIterator<JsonNode> it = JSON.readerFor(JsonNode.class).readValues(s)) {
            while (it.hasNextValue()) {
                JsonNode v = it.nextValue();
                if (v.isArray()) {
                    v.forEach(values::add);
                } else {
                    values.add(v);
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // what parsed before the error is still delivered
            deliver(values, name, baseId, sink);
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            sink.problem(new InputProblem(name, line, -1, "not valid JSON: " + e.getOriginalMessage()));
            return;
        }
        if (values.isEmpty()) {
            sink.problem(new InputProblem(name, 0, -1, "empty article"));
        }
        deliver(values, name, baseId, sink);
    }

    private void deliver(List<JsonNode> values, String name, String baseId, ArticleSink sink) {
        for (int i = 0; i < values.size(); i++) {
            toArticle(values.get(i), name, 0, values.size() == 1 ? baseId : baseId + "-" + (i + 1), sink);
        }
        values.clear();
    }

    private void readJsonl(InputStream in, String name, ArticleSink sink) throws IOException {
        LineReader lines = new LineReader(in, maxArticleBytes);
        while (true) {
            boolean more;
            try {
                more = lines.next();
            } catch (IOException e) {
                sink.problem(new InputProblem(name, lines.lineNumber() + 1, lines.lineOffset(), describe(e)
                        + "; reading stopped here"));
                return;
            }
            if (!more) {
                break;
            }
            long ln = lines.lineNumber();
            if (lines.tooLong()) {
                sink.problem(new InputProblem(name, ln, lines.lineOffset(), "line too long: " + lines.fullLength()
                        + " bytes, over the limit of " + maxArticleBytes + " bytes (--max-article-bytes)"));
                continue;
            }
            byte[] b = lines.bytes();
            int len = lines.length();
            int s = ln == 1 ? skipBom(b, len) : 0;
            int k = s;
            while (k < len && (b[k] == ' ' || b[k] == '\t' || b[k] == '\r')) {
                k++;
            }
            if (k == len) {
                continue;
            }
            int nul = indexOf(b, len, (byte) 0);
            if (nul >= 0) {
                sink.problem(new InputProblem(name, ln, lines.lineOffset() + nul, "binary data (a NUL byte)"));
                continue;
            }
            String line;
            try {
                line = decode(b, s, len - s);
            } catch (BadUtf8 e) {
                sink.problem(new InputProblem(name, ln, lines.lineOffset() + s + e.offset, "invalid UTF-8"));
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JsonParseException e) {
                sink.problem(new InputProblem(name, ln, lines.lineOffset(), "not valid JSON: " + e.getOriginalMessage()));
                continue;
            }
            toArticle(node, name, ln, name + ":" + ln, sink);
        }
    }

    private void toArticle(JsonNode node, String name, long line, String fallbackId, ArticleSink sink) {
        if (!(node instanceof ObjectNode obj)) {
            sink.problem(new InputProblem(name, line, -1, "not a JSON object"));
            return;
        }
        JsonNode text = obj.get("text");
        if (text == null || text.isNull()) {
            sink.problem(new InputProblem(name, line, -1, "article lacks the field \"text\""));
            return;
        }
        if (!text.isTextual()) {
            sink.problem(new InputProblem(name, line, -1, "field \"text\" is not a string"));
            return;
        }
        String title = textual(obj.get("title"));
        if (text.asText().isBlank() && (title == null || title.isBlank())) {
            sink.problem(new InputProblem(name, line, -1, "empty article"));
            return;
        }
        JsonNode idNode = obj.get("id");
        String id = idNode == null || idNode.isNull() || idNode.asText().isBlank() ? fallbackId : idNode.asText();
        LocalDate published = defaultPublished;
        String pub = textual(obj.get("published"));
        if (pub == null) {
            pub = textual(obj.get("date"));
        }
        if (pub != null && !pub.isBlank()) {
            LocalDate d = parseDate(pub);
            if (d == null) {
                sink.problem(new InputProblem(name, line, -1, "unreadable \"published\" date '" + pub
                        + "' (kept the article without it)"));
            } else {
                published = d;
            }
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = obj.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            switch (e.getKey()) {
                case "id", "title", "text", "published", "source", "url" -> { }
                default -> {
                    // an explicit null says no more than an absent field (and an immutable map holds no nulls)
                    if (!e.getValue().isNull()) {
                        meta.put(e.getKey(), JSON.convertValue(e.getValue(), Object.class));
                    }
                }
            }
        }
        sink.article(new Article(id, title == null ? "" : normalizeNewlines(title),
                normalizeNewlines(text.asText()), published, textual(obj.get("source")), textual(obj.get("url")), meta));
    }

    private static String normalizeNewlines(String s) {
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String textual(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    /** Reads {@code 2018-07-03}, {@code 2018-07-03T10:00:00Z}, {@code 2018/07/03}, {@code 03/07/2018}. */
    public static LocalDate parseDate(String s) {
        String t = s.strip();
        try {
            if (t.length() == 10 && t.charAt(4) == '-') {
                return LocalDate.parse(t);
            }
            if (t.length() > 10 && t.charAt(4) == '-' && t.charAt(10) == 'T') {
                try {
                    return OffsetDateTime.parse(t).toLocalDate();
                } catch (DateTimeParseException e) {
                    return LocalDate.parse(t.substring(0, 10));
                }
            }
            if (t.length() >= 10 && t.charAt(4) == '-' && t.charAt(10) == ' ') {
                return LocalDate.parse(t.substring(0, 10));
            }
            if (t.length() == 10 && t.charAt(4) == '/') {
                return LocalDate.parse(t.replace('/', '-'));
            }
            if (t.length() == 10 && t.charAt(2) == '/' && t.charAt(5) == '/') {
                return LocalDate.of(Integer.parseInt(t.substring(6)), Integer.parseInt(t.substring(3, 5)),
                        Integer.parseInt(t.substring(0, 2)));
            }
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    // ---- bytes ----

    private static final class BadUtf8 extends Exception {
        final int offset;

        BadUtf8(int offset) {
            super(null, null, false, false);
            this.offset = offset;
        }
    }

    /** A whole file's text without its BOM, or null after reporting where its UTF-8 breaks. */
    private static String decodeWhole(byte[] bytes, String name, ArticleSink sink) {
        int start = skipBom(bytes, bytes.length);
        try {
            return decode(bytes, start, bytes.length - start);
        } catch (BadUtf8 e) {
            sink.problem(new InputProblem(name, lineOf(bytes, start + e.offset), start + e.offset, "invalid UTF-8"));
            return null;
        }
    }

    private static String decode(byte[] b, int off, int len) throws BadUtf8 {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, off, len);
        CharBuffer out = CharBuffer.allocate(len + 1);
        CoderResult r = dec.decode(in, out, true);
        if (r.isError()) {
            throw new BadUtf8(in.position() - off);
        }
        r = dec.flush(out);
        if (r.isError()) {
            throw new BadUtf8(in.position() - off);
        }
        out.flip();
        return out.toString();
    }

    private static int skipBom(byte[] b, int len) {
        return len >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    private static int indexOf(byte[] b, int len, byte v) {
        for (int i = 0; i < len; i++) {
            if (b[i] == v) {
                return i;
            }
        }
        return -1;
    }

    private static long lineOf(byte[] b, int offset) {
        long line = 1;
        for (int i = 0; i < offset && i < b.length; i++) {
            if (b[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Reads everything into a list; for tests and small inputs. */
    public static Result readAll(ArticleReader reader, List<Path> paths) {
        Result r = new Result(new ArrayList<>(), new ArrayList<>());
        reader.read(paths, r);
        return r;
    }

    public record Result(List<Article> articles, List<InputProblem> problems) implements ArticleSink {
        @Override
        public void article(Article article) {
            articles.add(article);
        }

        @Override
        public void problem(InputProblem problem) {
            problems.add(problem);
        }
    }
}
