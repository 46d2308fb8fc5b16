package org.marsad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.marsad.io.ArticleReader;

/**
 * The batch analysis of a corpus on Spark: read articles, analyse each partition with one pipeline,
 * project the analyses into Parquet tables. The steps are public so a notebook or another job can take
 * the tables as datasets instead of files.
 */
public final class CorpusAnalysis {
    /** Article files a directory is searched for (Hadoop glob syntax). */
    public static final String ARTICLE_FILES = "*.{jsonl,jsonl.gz,ndjson,ndjson.gz,json,json.gz}";

    public enum InputFormat {
        JSONL, PARQUET;

        /** Parquet when the path names a Parquet file or directory, else JSONL. */
        static InputFormat guess(List<String> paths) {
            return paths.stream().allMatch(p -> p.toLowerCase(Locale.ROOT).replaceAll("/+$", "").endsWith(".parquet"))
                    ? PARQUET : JSONL;
        }
    }

    /**
     * @param partitions      partitions to analyse in; 0 = at least twice the default parallelism
     * @param defaultPublished publication date for articles that give none, or null
     */
    public record Options(PipelineFactory pipelines, LocalDate defaultPublished, int partitions, int maxArticleBytes) {
        public static Options standard() {
            return new Options(PipelineFactory.STANDARD, null, 0, ArticleReader.DEFAULT_MAX_ARTICLE_BYTES);
        }
    }

    private CorpusAnalysis() {
    }

    /**
     * Reads articles as rows of {@link AnalysisSchema#INPUT_LINE}: JSON Lines as they are (gzip too; a
     * directory is searched recursively for {@link #ARTICLE_FILES}), Parquet rows turned into the same
     * JSON objects, so both go through the one article reader.
     */
    public static Dataset<Row> read(SparkSession spark, List<String> paths, InputFormat format) {
        String[] p = paths.toArray(String[]::new);
        if (format == InputFormat.PARQUET) {
            return spark.read().option("recursiveFileLookup", "true").parquet(p)
                    .select(to_json(struct(col("*")), Map.of("ignoreNullFields", "true")).as("value"),
                            input_file_name().as("input"));
        }
        return spark.read().option("recursiveFileLookup", "true").option("pathGlobFilter", ARTICLE_FILES).text(p)
                .select(col("value"), input_file_name().as("input"));
    }

    /** One row of {@link AnalysisSchema#ANALYSIS} per input article or rejected input line. */
    public static Dataset<Row> analyze(Dataset<Row> lines, Options options) {
        int target = options.partitions() > 0 ? options.partitions()
                : 2 * lines.sparkSession().sparkContext().defaultParallelism();
        // a gzip file is one partition however large: spread the articles before the expensive step
        Dataset<Row> spread = lines.rdd().getNumPartitions() < target || options.partitions() > 0
                ? lines.repartition(target) : lines;
        return spread.mapPartitions(
                new AnalyzePartition(options.pipelines(), options.defaultPublished(), options.maxArticleBytes()),
                Encoders.row(AnalysisSchema.ANALYSIS));
    }

    /** Analyses once, writes every table under {@code output/<table>}; returns the row count of each. */
    public static Map<String, Long> run(SparkSession spark, List<String> inputs, InputFormat format, String output,
                                        SaveMode mode, Options options) {
        Dataset<Row> analyses = analyze(read(spark, inputs, format), options).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            CorpusTables tables = CorpusTables.of(analyses);
            Map<String, Long> counts = new java.util.LinkedHashMap<>();
            for (Map.Entry<String, Dataset<Row>> t : tables.byName().entrySet()) {
                String dir = output.replaceAll("/+$", "") + "/" + t.getKey();
                t.getValue().write().mode(mode).parquet(dir);
                counts.put(t.getKey(), spark.read().parquet(dir).count());
            }
            return counts;
        } finally {
            analyses.unpersist();
        }
    }
}
