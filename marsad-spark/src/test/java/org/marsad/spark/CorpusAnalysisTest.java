package org.marsad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.io.AnalysisJson;
import org.marsad.io.ArticleReader;
import org.marsad.io.InputProblem;
import org.marsad.model.Article;
import org.marsad.pipeline.Pipeline;

/**
 * Runs the Spark job in {@code local[2]} on a few fixture articles and checks every table, row by row,
 * against the embedded path: the same articles read by {@link ArticleReader}, analysed by
 * {@link Pipeline#analyze} and written by {@link AnalysisJson}. One Spark session for the whole class:
 * starting Spark is the slow part.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusAnalysisTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TABLES = List.of("articles", "entities", "mentions", "quotes", "dates", "quantities");

    private Path tmp;
    private SparkSession spark;
    private Path fixture;
    private Path out;
    private Map<String, Long> counts;

    @BeforeAll
    void analyseFixtureOnSpark(@TempDir Path dir) throws IOException {
        tmp = dir;
        spark = SparkSession.builder().master("local[2]").appName("marsad-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.sql.jsonGenerator.ignoreNullFields", "false")
                .getOrCreate();
        fixture = tmp.resolve("in/articles.jsonl");
        Files.createDirectories(fixture.getParent());
        try (var in = getClass().getResourceAsStream("articles.jsonl")) {
            Files.copy(in, fixture);
        }
        out = tmp.resolve("out");
        counts = CorpusAnalysis.run(spark, List.of(fixture.toString()), CorpusAnalysis.InputFormat.JSONL, out.toString(),
                SaveMode.ErrorIfExists, options(new FixturePipeline()));
    }

    @AfterAll
    void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static CorpusAnalysis.Options options(PipelineFactory pipelines) {
        return new CorpusAnalysis.Options(pipelines, null, 3, ArticleReader.DEFAULT_MAX_ARTICLE_BYTES);
    }

    @Test
    void everyTableEqualsTheEmbeddedAnalysisRowByRow() {
        Map<String, List<JsonNode>> expected = expectedTables(new FixturePipeline());
        assertThat(expected.get("mentions")).as("the fixture exercises every table").isNotEmpty();
        for (String table : TABLES) {
            assertThat(expected.get(table)).as(table + " fixture rows").isNotEmpty();
            assertThat(sorted(actual(table))).as(table).containsExactlyElementsOf(sorted(expected.get(table)));
            assertThat(counts.get(table)).isEqualTo(expected.get(table).size());
        }
    }

    @Test
    void offsetsAreCodePointsLikeTheJsonContract() {
        // a3 has emoji (surrogate pairs) before its names: code point and UTF-16 offsets differ there
        Row m = spark.read().parquet(out.resolve("mentions").toString())
                .where("article_id = 'a3' AND field = 'text' AND text = 'تونس'").first();
        Article a3 = embeddedArticles().stream().filter(a -> a.id().equals("a3")).findFirst().orElseThrow();
        int charStart = a3.text().indexOf("تونس");
        assertThat(m.<Integer>getAs("start")).isEqualTo(a3.text().codePointCount(0, charStart)).isNotEqualTo(charStart);
        assertThat(new String(a3.text().codePoints().skip(m.<Integer>getAs("start"))
                .limit(m.<Integer>getAs("end") - m.<Integer>getAs("start")).toArray(), 0, 4)).isEqualTo("تونس");
    }

    @Test
    void rejectedInputIsListedWithTheReadersMessageAndTheRestIsAnalysed() {
        List<String> embedded = embeddedProblems().stream().map(InputProblem::message).sorted().toList();
        List<Row> problems = spark.read().parquet(out.resolve("problems").toString()).collectAsList();
        assertThat(problems).extracting(r -> r.<String>getAs("message")).containsExactlyInAnyOrderElementsOf(embedded);
        assertThat(embedded).hasSize(2);
        assertThat(problems).allSatisfy(r -> assertThat(r.<String>getAs("input")).endsWith("articles.jsonl"));
        assertThat(counts.get("articles")).isEqualTo(embeddedArticles().size()).isEqualTo(5);
    }

    @Test
    void corpusEntitiesMergeArticlesByKeyWithNameVariants() {
        Map<String, Row> byKey = spark.read().parquet(out.resolve("corpus_entities").toString()).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getAs("key"), r -> r));
        Row peskov = byKey.get("Q:peskov");
        assertThat(peskov.<Long>getAs("articles")).isEqualTo(3);
        // a1: ديمتري بيسكوف + بيسكوف twice (title, text); a2: بيسكوف; a3: ديمتري بيسكوف
        assertThat(peskov.<Long>getAs("mentions")).isEqualTo(5);
        // the display name is the one most articles give in full; the variants are what the texts write
        assertThat(peskov.<String>getAs("name")).isEqualTo("ديمتري بيسكوف");
        assertThat(peskov.<String>getAs("latin")).isEqualTo("Dmitry Peskov");
        assertThat(peskov.<String>getAs("type")).isEqualTo("PERS");
        assertThat(peskov.<Boolean>getAs("linked")).isTrue();
        assertThat(peskov.<java.sql.Date>getAs("first_published").toString()).isEqualTo("2022-01-14");
        assertThat(peskov.<java.sql.Date>getAs("last_published").toString()).isEqualTo("2022-01-20");
        List<Row> names = peskov.getList(peskov.fieldIndex("names"));
        assertThat(names).extracting(r -> r.getString(0) + "=" + r.getLong(1) + "/" + r.getLong(2))
                .containsExactly("بيسكوف=3/2", "ديمتري بيسكوف=2/2");
        assertThat(peskov.getList(peskov.fieldIndex("titles"))).containsExactly("المتحدث باسم الكرملين");
        // an entity without a key is merged by type and name
        assertThat(byKey.get("LOC:تونس").<Boolean>getAs("linked")).isFalse();
        assertThat(byKey.get("Q:usa").<Long>getAs("articles")).isEqualTo(3);
        assertThat(byKey).hasSize(6);
    }

    @Test
    void parquetInputGivesTheSameTablesAsJsonl() {
        Path parquet = tmp.resolve("articles.parquet");
        // the id-less article is left out: its fallback id names the file it came from
        spark.read().json(spark.read().textFile(fixture.toString()).filter(
                        (org.apache.spark.api.java.function.FilterFunction<String>) l -> l.startsWith("{\"id\""))).write()
                .parquet(parquet.toString());
        Dataset<Row> analyses = CorpusAnalysis.analyze(
                CorpusAnalysis.read(spark, List.of(parquet.toString()), CorpusAnalysis.InputFormat.PARQUET),
                options(new FixturePipeline())).cache();
        CorpusTables tables = CorpusTables.of(analyses);
        for (String table : List.of("entities", "mentions", "quotes", "dates", "quantities")) {
            List<JsonNode> fromJsonl = actual(table).stream().filter(r -> r.get("article_id").asText().matches("a\\d")).toList();
            assertThat(fromJsonl).as(table).isNotEmpty();
            List<JsonNode> fromParquet = toNodes(tables.byName().get(table).toJSON().collectAsList());
            assertThat(sorted(fromParquet)).as(table).containsExactlyElementsOf(sorted(fromJsonl));
        }
        assertThat(tables.articles().count()).isEqualTo(4);
        assertThat(tables.problems().count()).isEqualTo(1);
        analyses.unpersist();
    }

    @Test
    void theStandardPipelineGivesTheSameAnalysesAsTheEmbeddedPath() {
        Dataset<Row> analyses = CorpusAnalysis.analyze(
                CorpusAnalysis.read(spark, List.of(fixture.toString()), CorpusAnalysis.InputFormat.JSONL),
                options(PipelineFactory.STANDARD));
        Dataset<Row> articles = CorpusTables.of(analyses).articles();
        List<JsonNode> actual = toNodes(articles.toJSON().collectAsList());
        actual.forEach(n -> normalizeArticle((ObjectNode) n));
        assertThat(sorted(actual)).containsExactlyElementsOf(sorted(expectedTables(PipelineFactory.STANDARD).get("articles")));
    }

    // ---- the embedded path ----

    private List<Article> embeddedArticles() {
        return ArticleReader.readAll(new ArticleReader(), List.of(fixture)).articles();
    }

    private List<InputProblem> embeddedProblems() {
        return ArticleReader.readAll(new ArticleReader(), List.of(fixture)).problems();
    }

    /** The tables as the embedded path's JSON says they must be, one node per row. */
    private Map<String, List<JsonNode>> expectedTables(PipelineFactory pipelines) {
        Pipeline pipeline = pipelines.create();
        Map<String, List<JsonNode>> t = new java.util.LinkedHashMap<>();
        TABLES.forEach(n -> t.put(n, new ArrayList<>()));
        List<String> lines = readLines(fixture);
        for (Article article : embeddedArticles()) {
            ObjectNode a = (ObjectNode) parse(AnalysisJson.toJson(pipeline.analyze(article), false));
            String id = article.id();
            if (id.startsWith(fixture + ":")) {
                // Spark knows no line numbers: an id-less article is named by its file and a digest of its line
                String line = lines.get(Integer.parseInt(id.substring(id.lastIndexOf(':') + 1)) - 1);
                id = "articles.jsonl#" + AnalyzePartition.digest(line.getBytes(StandardCharsets.UTF_8));
            }
            ObjectNode row = pick(a, "title", "text", "published", "source", "url", "language", "metadata", "sentences");
            row.put("id", id);
            row.put("entity_count", a.get("entities").size());
            row.put("quote_count", a.get("quotes").size());
            row.put("date_count", a.get("dates").size());
            row.put("quantity_count", a.get("quantities").size());
            t.get("articles").add(row);
            for (JsonNode e : a.get("entities")) {
                ObjectNode r = head(id, a.get("published"));
                r.setAll(pick(e, "id", "key", "type", "name", "latin", "titles", "gender"));
                r.put("mention_count", e.get("mentions").size());
                t.get("entities").add(r);
                for (JsonNode m : e.get("mentions")) {
                    ObjectNode mr = JSON.createObjectNode().put("article_id", id);
                    mr.set("entity", e.get("id"));
                    mr.set("entity_key", e.get("key"));
                    mr.set("type", e.get("type"));
                    mr.setAll(pick(m, "field", "start", "end", "text"));
                    t.get("mentions").add(mr);
                }
            }
            int i = 0;
            for (JsonNode q : a.get("quotes")) {
                ObjectNode r = head(id, a.get("published"));
                r.put("quote", i++);
                r.setAll(pick(q, "speaker", "cue", "direct", "via", "medium", "in_title", "stance", "content", "evidence"));
                String speaker = q.get("speaker").get("entity").isNull() ? null : q.get("speaker").get("entity").asText();
                JsonNode key = NullNode.getInstance();
                for (JsonNode e : a.get("entities")) {
                    if (e.get("id").asText().equals(speaker)) {
                        key = e.get("key");
                    }
                }
                r.set("speaker_key", key);
                t.get("quotes").add(r);
            }
            for (JsonNode d : a.get("dates")) {
                ObjectNode r = head(id, a.get("published"));
                r.setAll(pick(d, "field", "start", "end", "text", "value", "end_value"));
                t.get("dates").add(r);
            }
            for (JsonNode q : a.get("quantities")) {
                ObjectNode r = JSON.createObjectNode().put("article_id", id);
                r.setAll(pick(q, "field", "start", "end", "text", "value", "unit"));
                t.get("quantities").add(r);
            }
        }
        return t;
    }

    private static ObjectNode head(String id, JsonNode published) {
        ObjectNode r = JSON.createObjectNode().put("article_id", id);
        r.set("published", published);
        return r;
    }

    /** The named fields of {@code src}, null where the writer left one out. */
    private static ObjectNode pick(JsonNode src, String... names) {
        ObjectNode r = JSON.createObjectNode();
        for (String n : names) {
            JsonNode v = src.get(n);
            r.set(n, v == null ? NullNode.getInstance() : v);
        }
        return r;
    }

    // ---- what Spark wrote ----

    private List<JsonNode> actual(String table) {
        return read(out.resolve(table));
    }

    private List<JsonNode> read(Path dir) {
        List<JsonNode> rows = toNodes(spark.read().parquet(dir.toString()).toJSON().collectAsList());
        for (JsonNode n : rows) {
            if (n.has("metadata")) {
                normalizeArticle((ObjectNode) n);
            }
        }
        return rows;
    }

    private static void normalizeArticle(ObjectNode n) {
        // metadata is a JSON string column; compared as JSON since a map's key order is not fixed
        JsonNode meta = n.get("metadata");
        n.set("metadata", meta.isNull() ? meta : parse(meta.asText()));
        assertThat(n.remove("input").asText()).endsWith("articles.jsonl");
    }

    private static List<JsonNode> toNodes(List<String> json) {
        return json.stream().map(CorpusAnalysisTest::parse).toList();
    }

    private static List<String> sorted(List<JsonNode> rows) {
        // a canonical text per row (keys sorted), so rows compare whatever the column order
        return rows.stream().map(CorpusAnalysisTest::canonical).sorted(Comparator.naturalOrder()).toList();
    }

    private static String canonical(JsonNode n) {
        if (n instanceof ObjectNode o) {
            List<String> keys = new ArrayList<>();
            o.fieldNames().forEachRemaining(keys::add);
            keys.sort(Comparator.naturalOrder());
            return keys.stream().map(k -> JSON.valueToTree(k).toString() + ":" + canonical(o.get(k)))
                    .collect(Collectors.joining(",", "{", "}"));
        }
        if (n instanceof ArrayNode a) {
            List<String> items = new ArrayList<>();
            a.forEach(x -> items.add(canonical(x)));
            return "[" + String.join(",", items) + "]";
        }
        return n instanceof IntNode || !n.isNumber() ? n.toString() : n.decimalValue().stripTrailingZeros().toPlainString();
    }

    private static JsonNode parse(String s) {
        try {
            return JSON.readTree(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> readLines(Path p) {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
