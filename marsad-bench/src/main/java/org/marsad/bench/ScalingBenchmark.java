package org.marsad.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.marsad.io.AnalysisJson;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.pipeline.Pipeline;

/**
 * Shows that analysis time grows linearly with input size: one article made of real news paragraphs
 * at 10k, 100k and 1M characters (and any sizes given), analysed by the standard pipeline and written
 * as the JSON contract. Prints the median time and the time per 1,000 characters; a linear pipeline
 * keeps the latter flat.
 *
 * <pre>
 * java -Xmx4g -cp "marsad-bench/target/classes:$(cat marsad-bench/target/classpath.txt)" \
 *     org.marsad.bench.ScalingBenchmark [--sizes 10000,100000,1000000] [--reps 7]
 * </pre>
 */
public final class ScalingBenchmark {
    private ScalingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = {10_000, 100_000, 1_000_000};
        int reps = 7;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        List<Article> corpus = Corpus.load(List.of(), 2_000, false);
        Pipeline pipeline = Pipeline.standard();
        // CPU time of this thread as well as wall clock: on a loaded machine only the former stays meaningful
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        System.out.printf("%12s %12s %14s %16s %18s %12s%n", "chars", "median ms", "ms per 1k chars", "vs smallest",
                "CPU ms per 1k chars", "vs smallest");
        double cpuBase = -1;
        double base = -1;
        for (int size : sizes) {
            Article a = article(corpus, size);
            // warm-up at this size, then timed repetitions
            for (int w = 0; w < 2; w++) {
                AnalysisJson.toJson(pipeline.analyze(a), false);
            }
            double[] ms = new double[reps];
            double[] cpu = new double[reps];
            for (int r = 0; r < reps; r++) {
                long t = System.nanoTime();
                long c = threads.getCurrentThreadCpuTime();
                Analysis an = pipeline.analyze(a);
                String json = AnalysisJson.toJson(an, false);
                ms[r] = (System.nanoTime() - t) / 1e6;
                cpu[r] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
                if (json.isEmpty()) {
                    throw new IllegalStateException();
                }
            }
            Arrays.sort(ms);
            Arrays.sort(cpu);
            double median = ms[reps / 2];
            double per1k = median / (a.text().length() / 1000.0);
            double cpuPer1k = cpu[reps / 2] / (a.text().length() / 1000.0);
            if (base < 0) {
                base = per1k;
                cpuBase = cpuPer1k;
            }
            System.out.printf("%,12d %12.1f %14.3f %15.2f× %18.3f %11.2f×%n", a.text().length(), median, per1k,
                    per1k / base, cpuPer1k, cpuPer1k / cpuBase);
        }
    }

    /** Paragraphs of real articles glued up to {@code size} characters. */
    static Article article(List<Article> corpus, int size) {
        StringBuilder b = new StringBuilder(size + 1000);
        List<String> paras = new ArrayList<>();
        for (Article a : corpus) {
            paras.add(a.title());
            paras.addAll(Arrays.asList(a.text().split("\n")));
        }
        for (int i = 0; b.length() < size; i++) {
            b.append(paras.get(i % paras.size())).append('\n');
        }
        b.setLength(size);
        return Article.of("scaling-" + size, "عنوان", b.toString(), LocalDate.of(2018, 7, 3));
    }
}
