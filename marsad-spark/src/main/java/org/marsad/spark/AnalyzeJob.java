package org.marsad.spark;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.marsad.io.ArticleReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The Spark job: {@code spark-submit --class org.marsad.spark.AnalyzeJob marsad-spark.jar INPUT... -o OUT}.
 * Exit status: 0 every input line analysed, 1 some input rejected (listed in the problems table),
 * 2 usage error.
 */
@Command(name = "marsad-spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Analyse a corpus on Apache Spark and write Parquet tables: articles, entities, mentions, quotes, "
                + "dates, quantities, corpus_entities and problems (input that could not be analysed).",
            "Columns follow the analysis contract; offsets are Unicode code points."})
public final class AnalyzeJob implements Callable<Integer> {
    enum Format { auto, jsonl, parquet }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "JSONL files (.gz too), Parquet files, or directories of them; any Hadoop path (hdfs://, s3a://, file:).")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Directory for the tables.")
    String output;

    @Option(names = "--format", defaultValue = "auto", description = "Input format: auto (parquet when the paths end in .parquet), jsonl or parquet.")
    Format format;

    @Option(names = "--partitions", defaultValue = "0",
            description = "Partitions to analyse in (one pipeline each); default: twice the cluster's parallelism.")
    int partitions;

    @Option(names = "--published", paramLabel = "DATE", description = "Publication date (YYYY-MM-DD) for articles that give none.")
    LocalDate published;

    @Option(names = "--max-article-bytes", defaultValue = "" + ArticleReader.DEFAULT_MAX_ARTICLE_BYTES,
            description = "Largest article accepted, in bytes (default: ${DEFAULT-VALUE}).")
    int maxArticleBytes;

    @Option(names = "--overwrite", description = "Replace tables already in the output directory.")
    boolean overwrite;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master when not started by spark-submit (e.g. local[2]); spark-submit's --master wins.")
    String master;

    @Override
    public Integer call() {
        CorpusAnalysis.InputFormat f = switch (format) {
            case auto -> CorpusAnalysis.InputFormat.guess(inputs);
            case jsonl -> CorpusAnalysis.InputFormat.JSONL;
            case parquet -> CorpusAnalysis.InputFormat.PARQUET;
        };
        SparkSession.Builder b = SparkSession.builder().appName("marsad-analyze");
        if (master != null && !System.getProperties().containsKey("spark.master")) {
            b.master(master);
        }
        SparkSession spark = b.getOrCreate();
        PrintWriter out = spec.commandLine().getOut();
        try {
            long t0 = System.nanoTime();
            Map<String, Long> counts = CorpusAnalysis.run(spark, inputs, f, output,
                    overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists,
                    new CorpusAnalysis.Options(PipelineFactory.STANDARD, published, partitions, maxArticleBytes));
            double seconds = (System.nanoTime() - t0) / 1e9;
            counts.forEach((table, n) -> out.printf(Locale.ROOT, "%-16s %,12d rows%n", table, n));
            long articles = counts.get("articles");
            out.printf(Locale.ROOT, "analysed %,d articles in %.1f s (%.1f articles/s) on %s, %d cores; tables in %s%n",
                    articles, seconds, articles / seconds, spark.sparkContext().master(),
                    spark.sparkContext().defaultParallelism(), output);
            out.flush();
            return counts.get("problems") > 0 ? 1 : 0;
        } finally {
            spark.stop();
        }
    }

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new AnalyzeJob());
        cli.registerConverter(LocalDate.class, LocalDate::parse);
        System.exit(cli.execute(args));
    }
}
