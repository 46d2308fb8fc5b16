package org.marsad.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job and the embedded path on real news (the first 400 articles of each shared corpus file,
 * shipped models): the same rows in every table. Runs in {@code mvn -Peval verify}.
 */
@Tag("eval")
class SharedCorpusEvalTest {
    private static final int ARTICLES_PER_FILE = 400;

    @Test
    void sparkAndEmbeddedAnalysesAreIdenticalOnTheSharedCorpus(@TempDir Path tmp) throws IOException {
        String shared = System.getProperty("marsad.shared");
        assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "data/corpus")), "no ../shared corpus");
        Path slice = tmp.resolve("slice.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(slice, StandardCharsets.UTF_8);
             var files = Files.list(Path.of(shared, "data/corpus"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl.gz")).sorted().toList()) {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(
                        new GZIPInputStream(Files.newInputStream(f)), StandardCharsets.UTF_8))) {
                    for (int i = 0; i < ARTICLES_PER_FILE; i++) {
                        String line = r.readLine();
                        if (line == null) {
                            break;
                        }
                        w.write(line);
                        w.write('\n');
                    }
                }
            }
        }
        SparkSession spark = SparkSession.builder().master("local[2]").appName("marsad-eval")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.sql.jsonGenerator.ignoreNullFields", "false")
                .getOrCreate();
        try {
            Map<String, List<JsonNode>> expected = EmbeddedTables.of(slice, PipelineFactory.STANDARD);
            assertThat(expected.get("articles")).hasSizeGreaterThan(ARTICLES_PER_FILE);
            assertThat(expected.get("quotes")).isNotEmpty();
            Dataset<Row> analyses = CorpusAnalysis.analyze(
                    CorpusAnalysis.read(spark, List.of(slice.toString()), CorpusAnalysis.InputFormat.JSONL),
                    CorpusAnalysis.Options.standard()).cache();
            EmbeddedTables.assertSame(CorpusTables.of(analyses).byName(), expected);
            assertThat(CorpusTables.of(analyses).problems().count()).isZero();
        } finally {
            spark.stop();
        }
    }
}
