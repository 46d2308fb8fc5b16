package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.marsad.io.ArticleReader;
import org.marsad.model.Article;
import org.marsad.model.Field;
import org.marsad.pipeline.Pipeline;
import org.marsad.sample.SampleCorpus;
import org.marsad.text.AnalyzedText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure throughput (articles/s, tokens/s) of the text layer and of the full pipeline on a "
                + "corpus held in memory, on one thread and on all cores.")
final class BenchCommand implements Callable<Integer> {
    enum Stage { text, full }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Corpus files or directories (default: ../shared/data/corpus when present, else the bundled sample).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--stage", split = ",", defaultValue = "text,full", description = "Stages to measure: text, full.")
    List<Stage> stages;

    @Option(names = "--limit", defaultValue = "20000", description = "Articles to load (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--seconds", defaultValue = "10", description = "Measured time per run (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--threads", defaultValue = "0", description = "Threads of the multi-core run (default: all cores).")
    int threads;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Article> articles = load();
        if (articles.isEmpty()) {
            spec.commandLine().getErr().println("marsad bench: no articles to measure");
            return ExitCodes.FAILURE;
        }
        long chars = 0;
        for (Article a : articles) {
            chars += a.title().length() + a.text().length();
        }
        long t0 = System.nanoTime();
        Pipeline pipeline = Pipeline.standard();
        double loadMs = (System.nanoTime() - t0) / 1e6;
        int[] tokenCounts = new int[articles.size()];
        for (int i = 0; i < tokenCounts.length; i++) {
            AnalyzedText at = pipeline.analyzeText(articles.get(i));
            tokenCounts[i] = at.tokens(Field.TITLE).size() + at.tokens(Field.TEXT).size();
        }
        int cores = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        out.printf("corpus: %,d articles, %,d chars; pipeline load %.0f ms; %d cores%n", articles.size(), chars, loadMs, cores);
        out.printf("%-6s %7s %14s %14s %10s %12s%n", "stage", "threads", "articles/s", "tokens/s", "MB/s", "art/CPU-s");
        for (Stage stage : stages) {
            for (int t : cores > 1 ? new int[] {1, cores} : new int[] {1}) {
                Result r = run(pipeline, articles, tokenCounts, stage, t, Math.max(1, seconds / 3)); // warm-up
                r = run(pipeline, articles, tokenCounts, stage, t, seconds);
                out.printf("%-6s %7d %,14.0f %,14.0f %10.1f %,12.0f%n", stage, t, r.articles / r.seconds, r.tokens / r.seconds,
                        r.chars * 2 / 1e6 / r.seconds, r.articles / r.cpuSeconds);
                out.flush();
            }
        }
        Runtime rt = Runtime.getRuntime();
        out.println("art/CPU-s: articles per CPU-second of the analysing threads, which other processes do not skew");
        out.printf("heap in use after runs: %,d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
        return ExitCodes.OK;
    }

    private List<Article> load() {
        ArticleReader reader = new ArticleReader();
        ArticleReader.Result r = new ArticleReader.Result(new ArrayList<>(), new ArrayList<>());
        List<Path> from = paths;
        if (from.isEmpty()) {
            Path shared = Path.of("..", "shared", "data", "corpus");
            if (Files.isDirectory(shared)) {
                from = List.of(shared);
            }
        }
        if (from.isEmpty()) {
            SampleCorpus.read(reader, r);
        } else {
            reader.read(from, r);
        }
        List<Article> list = r.articles();
        return list.size() > limit ? new ArrayList<>(list.subList(0, limit)) : list;
    }

    private record Result(long articles, long tokens, long chars, double seconds, double cpuSeconds) {
    }

    private static Result run(Pipeline p, List<Article> articles, int[] tokenCounts, Stage stage, int threads, int seconds)
            throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong done = new AtomicLong();
        AtomicLong tokens = new AtomicLong();
        AtomicLong chars = new AtomicLong();
        AtomicLong cpuNanos = new AtomicLong();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> fs = new ArrayList<>();
        for (int k = 0; k < threads; k++) {
            fs.add(pool.submit(() -> {
                long cpu0 = mx.getCurrentThreadCpuTime();
                long d = 0;
                long tk = 0;
                long ch = 0;
                while (System.nanoTime() < deadline) {
                    int idx = Math.floorMod(next.getAndIncrement(), articles.size());
                    Article a = articles.get(idx);
                    if (stage == Stage.text) {
                        AnalyzedText at = p.analyzeText(a);
                        tk += at.tokens(Field.TITLE).size() + at.tokens(Field.TEXT).size();
                    } else {
                        p.analyze(a);
                        tk += tokenCounts[idx];
                    }
                    ch += a.title().length() + a.text().length();
                    d++;
                }
                done.addAndGet(d);
                tokens.addAndGet(tk);
                chars.addAndGet(ch);
                cpuNanos.addAndGet(mx.getCurrentThreadCpuTime() - cpu0);
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        pool.shutdown();
        double secs = (System.nanoTime() - start) / 1e9;
        return new Result(done.get(), tokens.get(), chars.get(), secs, cpuNanos.get() / 1e9);
    }
}
