package org.marsad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        Map<String, List<JsonNode>> expected = EmbeddedTables.of(fixture, new FixturePipeline());
        Map<String, Dataset<Row>> written = new java.util.HashMap<>();
        for (String table : EmbeddedTables.TABLES) {
            assertThat(expected.get(table)).as("the fixture has " + table).isNotEmpty();
            assertThat(counts.get(table)).isEqualTo(expected.get(table).size());
            written.put(table, spark.read().parquet(out.resolve(table).toString()));
        }
        EmbeddedTables.assertSame(written, expected);
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
        List<String> embedded = ArticleReader.readAll(new ArticleReader(), List.of(fixture)).problems().stream()
                .map(InputProblem::message).toList();
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
        assertThat(byKey.get("LOC:تونس").<String>getAs("name")).isEqualTo("تونس");
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
            List<JsonNode> fromParquet = EmbeddedTables.rows(tables.byName().get(table));
            assertThat(EmbeddedTables.sorted(fromParquet)).as(table).containsExactlyElementsOf(EmbeddedTables.sorted(fromJsonl));
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
        Map<String, List<JsonNode>> expected = EmbeddedTables.of(fixture, PipelineFactory.STANDARD);
        // the shipped models find something in the fixture, so the comparison is not of empty tables
        assertThat(expected.get("entities")).isNotEmpty();
        EmbeddedTables.assertSame(CorpusTables.of(analyses.cache()).byName(), expected);
        analyses.unpersist();
    }

    private List<Article> embeddedArticles() {
        return ArticleReader.readAll(new ArticleReader(), List.of(fixture)).articles();
    }

    private List<JsonNode> actual(String table) {
        return EmbeddedTables.rows(spark.read().parquet(out.resolve(table).toString()));
    }
}
