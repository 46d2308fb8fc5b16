package org.marsad.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.Article;
import org.marsad.pipeline.Pipeline;

/**
 * Marsad against the tools people use today, on the same articles in one run: Lucene's ArabicAnalyzer
 * (the floor: what a search index does anyway), Marsad's text layer and full pipeline, and Stanford
 * CoreNLP's Arabic segmenter+POS. Prints articles/s, tokens/s (each system's own tokens), the heap's
 * peak during each run, and the ratios.
 *
 * <pre>
 * mvn -q -Pbench -pl marsad-bench -am package -DskipTests
 * java -Xmx6g -cp "marsad-bench/target/classes:$(cat marsad-bench/target/classpath.txt)" \
 *     org.marsad.bench.PeerBenchmark [--limit N] [--same N] [--seconds S] [--threads N] [--no-corenlp] [--sample] [PATH…]
 * </pre>
 */
public final class PeerBenchmark {
    private static final int WARM_UP_ARTICLES = 2_000;
    private PeerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int limit = 50_000;
        int coreNlpLimit = 200;
        double seconds = 10;
        int threads = Runtime.getRuntime().availableProcessors();
        boolean coreNlp = true;
        boolean sample = false;
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--same" -> coreNlpLimit = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--no-corenlp" -> coreNlp = false;
                case "--sample" -> sample = true;
                case "-h", "--help" -> {
                    System.out.println("usage: PeerBenchmark [--limit N] [--same N] [--seconds S] [--threads N] "
                            + "[--no-corenlp] [--sample] [PATH...]");
                    return;
                }
                default -> paths.add(Path.of(args[i]));
            }
        }
        run(paths, sample, limit, coreNlpLimit, seconds, threads, coreNlp, System.out);
    }

    static Map<String, Measure.Result> run(List<Path> paths, boolean sample, int limit, int coreNlpLimit, double seconds,
                                           int threads, boolean withCoreNlp, PrintStream out) throws Exception {
        List<Article> articles = Corpus.load(paths, limit, sample);
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no articles in " + Corpus.describe(paths, sample));
        }
        List<Article> same = spread(articles, coreNlpLimit);
        out.printf("corpus: %,d articles, %,d chars (%s); %d cores; max heap %,d MB; heap with corpus loaded %,d MB%n",
                articles.size(), chars(articles), Corpus.describe(paths, sample), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, usedAfterGc());
        out.printf("load average before the runs: %s (other processes on the machine skew the figures)%n",
                Measure.loadAverage());
        int[] threadCounts = threads > 1 ? new int[] {1, threads} : new int[] {1};
        Map<String, Measure.Result> results = new LinkedHashMap<>();

        long t0 = System.nanoTime();
        LuceneContender lucene = new LuceneContender();
        double luceneLoad = (System.nanoTime() - t0) / 1e6;
        t0 = System.nanoTime();
        Pipeline pipeline = Pipeline.standard();
        double pipelineLoad = (System.nanoTime() - t0) / 1e6;
        MarsadContender text = new MarsadContender(pipeline, false, articles);
        MarsadContender full = new MarsadContender(pipeline, true, articles);

        out.printf("%n1. the same %,d articles (spread evenly over the corpus, %,d chars) for every system%n", same.size(),
                chars(same));
        header(out);
        measure(lucene, same, threadCounts, seconds / 2, luceneLoad, "same", results, out);
        measure(full, same, threadCounts, seconds / 2, pipelineLoad, "same", results, out);

        // shuffled once, so a run that ends before a whole pass still sees every source and year
        List<Article> shuffled = new ArrayList<>(articles);
        java.util.Collections.shuffle(shuffled, new java.util.Random(42));
        out.printf("%n2. the whole corpus: %,d articles, in a fixed random order%n", articles.size());
        header(out);
        measure(lucene, shuffled, threadCounts, seconds, luceneLoad, "corpus", results, out);
        measure(text, shuffled, threadCounts, seconds, pipelineLoad, "corpus", results, out);
        measure(full, shuffled, threadCounts, seconds, pipelineLoad, "corpus", results, out);
        lucene.close();

        if (withCoreNlp) {
            // last: CoreNLP keeps its models in a static pool, which would inflate every later heap figure
            out.printf("%n3. CoreNLP on the same %,d articles as in 1.%n", same.size());
            header(out);
            t0 = System.nanoTime();
            CoreNlpContender core = new CoreNlpContender();
            double load = (System.nanoTime() - t0) / 1e6;
            // warmed up and measured like the others (its JIT needs a while too); at least one whole pass
            for (int t : threadCounts) {
                Measure.run(core, same, t, seconds / 2, 2 * same.size());
                Measure.Result r = Measure.run(core, same, t, seconds / 2, same.size());
                print(r, load, out);
                results.put("same:" + key(r), r);
            }
        }

        out.printf("%npeak resident memory of this process: %,d MB; load average at the end: %s%n", Measure.peakRssMb(),
                Measure.loadAverage());
        ratios(results, threads, out);
        return results;
    }

    /** {@code n} articles taken at even steps through the list, so every source and period is represented. */
    static List<Article> spread(List<Article> articles, int n) {
        if (n >= articles.size()) {
            return articles;
        }
        List<Article> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(articles.get((int) ((long) i * articles.size() / n)));
        }
        return out;
    }

    private static long chars(List<Article> articles) {
        return articles.stream().mapToLong(a -> a.title().length() + a.text().length()).sum();
    }

    private static void header(PrintStream out) {
        out.printf("%-24s %7s %8s %8s %12s %14s %12s %11s %11s %10s %10s %9s%n", "system", "threads", "articles", "seconds",
                "articles/s", "tokens/s", "art/CPU-s", "CPU ms/art", "proc ms/art", "peak heap", "retained", "load ms");
    }

    private static void measure(Contender c, List<Article> articles, int[] threadCounts, double seconds, double loadMs,
                                String phase, Map<String, Measure.Result> results, PrintStream out) throws Exception {
        // On the whole corpus the warm-up reads the second half and the measurement the first: no measured article
        // was seen before, as on a feed (each run's threads also start with empty per-thread memories).
        List<Article> warmUp = phase.equals("corpus") ? articles.subList(articles.size() / 2, articles.size()) : articles;
        List<Article> measured = phase.equals("corpus") ? articles.subList(0, articles.size() / 2) : articles;
        for (int t : threadCounts) {
            // warm-up as long as the measurement and over at least 2,000 articles: on a busy machine the JIT
            // compiler threads get little CPU, and a pipeline measured before its code is compiled looks 3× slower
            Measure.run(c, warmUp, t, seconds, WARM_UP_ARTICLES);
            // time-bound: a slow system need not finish a 41,000-article pass to be measured
            Measure.Result r = Measure.run(c, measured, t, seconds, 0);
            print(r, loadMs, out);
            results.put(phase + ":" + key(r), r);
        }
    }

    static String key(Measure.Result r) {
        return r.system() + "@" + r.threads();
    }

    private static void print(Measure.Result r, double loadMs, PrintStream out) {
        out.printf("%-24s %7d %,8d %8.1f %,12.1f %,14.0f %,12.1f %11.3f %11.3f %7d MB %7d MB %,9.0f%n", r.system(), r.threads(),
                r.articles(), r.seconds(), r.articlesPerSecond(), r.tokensPerSecond(), r.articlesPerCpuSecond(),
                r.cpuMsPerArticle(), r.processCpuMsPerArticle(), r.peakHeapMb(), r.retainedHeapMb(), loadMs);
        out.flush();
    }

    private static void ratios(Map<String, Measure.Result> results, int threads, PrintStream out) {
        out.println();
        for (int t : threads > 1 ? new int[] {1, threads} : new int[] {1}) {
            Measure.Result full = results.get("same:Marsad full pipeline@" + t);
            Measure.Result core = results.get("same:CoreNLP segmenter+POS@" + t);
            Measure.Result lucene = results.get("same:Lucene ArabicAnalyzer@" + t);
            if (full != null && core != null) {
                out.printf("%d thread(s), same articles: Marsad full pipeline is %,.0f× CoreNLP segmenter+POS in articles/s "
                        + "(%,.0f× in each one's tokens/s); CPU time per article %.3f ms vs %.2f ms: %,.1f× per CPU-second "
                        + "of the measuring threads, %,.1f× per CPU-second of the whole process (GC and JIT included; "
                        + "neither is skewed by a busy machine); retained heap %d MB vs %d MB%n", t,
                        full.articlesPerSecond() / core.articlesPerSecond(), full.tokensPerSecond() / core.tokensPerSecond(),
                        full.cpuMsPerArticle(), core.cpuMsPerArticle(),
                        core.cpuMsPerArticle() / full.cpuMsPerArticle(),
                        core.processCpuMsPerArticle() / full.processCpuMsPerArticle(), full.retainedHeapMb(), core.retainedHeapMb());
            }
            Measure.Result corpus = results.get("corpus:Marsad full pipeline@" + t);
            if (full != null && core != null && corpus != null && full.articles() > 0 && corpus.tokens() > 0) {
                // The same articles come round again and again, so Marsad's per-thread memories (word types, names
                // spelled in Latin) hit far more often than on a feed; the whole corpus, where no article repeats
                // within a run, is the fair side. Its articles differ in length from the 100, so both are put on the
                // scale of Marsad's own tokens per article of the 100.
                double sameTokensPerArticle = (double) full.tokens() / full.articles();
                double corpusCpuMsPerToken = corpus.cpuSeconds() * 1000 / corpus.tokens();
                out.printf("%d thread(s), no article repeated: Marsad full pipeline on the whole corpus is %,.0f× CoreNLP "
                        + "segmenter+POS on the same articles, scaled to equal length (%,.0f× per CPU-second of the measuring "
                        + "threads)%n", t,
                        corpus.tokensPerSecond() / (core.articlesPerSecond() * sameTokensPerArticle),
                        core.cpuMsPerArticle() / (corpusCpuMsPerToken * sameTokensPerArticle));
            }
            if (full != null && lucene != null) {
                out.printf("%d thread(s), same articles: Marsad full pipeline runs at %.2f× Lucene ArabicAnalyzer's articles/s%n",
                        t, full.articlesPerSecond() / lucene.articlesPerSecond());
            }
        }
    }

    private static long usedAfterGc() {
        System.gc();
        return Measure.usedHeapMb();
    }
}
