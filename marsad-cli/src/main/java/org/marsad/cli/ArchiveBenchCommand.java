package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.marsad.index.ArchiveStats;
import org.marsad.index.Filters;
import org.marsad.index.SearchQuery;
import org.marsad.index.lucene.LuceneArchiveStore;
import org.marsad.io.ArticleReader;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench-archive", mixinStandardHelpOptions = true,
        description = {"Measure the archive: search latency (p50/p95/p99) of term, phrase and faceted queries on "
                + "the archive in --data; with --scale K PATH…, first build it from K copies of the corpus (new ids); "
                + "with --quality FILE, recall@10 of the judged query set against Lucene's ArabicAnalyzer.",
            "Numbers for this machine are recorded in docs/archive.md."})
final class ArchiveBenchCommand implements Callable<Integer> {
    /** Common news words of different frequencies, as a reader would type them (no hamza, no clitics). */
    static final String[] TERMS = {"الرئيس", "الحكومة", "روسيا", "امريكا", "تونس", "الانتخابات", "النفط", "سوريا",
        "الاقتصاد", "البرلمان", "الجيش", "اللاعب", "المنتخب", "الشركة", "الهاتف", "ايران", "السعودية", "مصر",
        "الارهاب", "اللاجئين", "الصحة", "الطاقة", "ترامب", "بوتين", "المعارضة", "الاحتجاجات", "الفيلم", "المهرجان",
        "البنك", "الاسعار", "الدولار", "الامم", "الوزير", "القمة", "الحرب", "السلام", "الفلسطينيين", "اسرائيل",
        "العراق", "ليبيا", "الجزائر", "المغرب", "كرة", "الدوري", "البطولة", "التكنولوجيا", "الانترنت", "ابل",
        "غوغل", "فيسبوك"};
    static final String[] PHRASES = {"\"الولايات المتحدة\"", "\"مجلس الامن\"", "\"الامم المتحدة\"",
        "\"رئيس الحكومة\"", "\"وزير الخارجية\"", "\"كاس العالم\"", "\"البيت الابيض\"", "\"الاتحاد الاوروبي\"",
        "\"كوريا الشمالية\"", "\"الشرق الاوسط\"", "\"حقوق الانسان\"", "\"وسائل التواصل الاجتماعي\"",
        "\"الرئيس الامريكي دونالد ترامب\"", "\"رئيس الجمهورية\"", "\"اسعار النفط\"", "\"الذكاء الاصطناعي\"",
        "\"منظمة الصحة العالمية\"", "\"البنك المركزي\"", "\"دوري ابطال\"", "\"الحرس الثوري\""};

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(names = "--scale", paramLabel = "K", defaultValue = "0",
            description = "Build the archive in --data from K copies of the articles at PATH… (each copy with new ids) first.")
    int scale;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Corpus for --scale.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--rounds", defaultValue = "20", description = "Times each query is run (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--quality", paramLabel = "FILE", description = "Judged query set (JSONL) to score instead of timing.")
    Path quality;

    @Option(names = "--threads", defaultValue = "0", description = "Threads for --scale (default: all cores).")
    int threads;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (quality != null) {
            return new SearchQuality(out, spec.commandLine().getErr()).run(quality, paths);
        }
        if (scale > 0) {
            build(out);
        }
        if (!Files.isDirectory(data.dir())) {
            spec.commandLine().getErr().println("marsad bench-archive: no archive in " + data.dir());
            return ExitCodes.FAILURE;
        }
        try (LuceneArchiveStore store = LuceneArchiveStore.open(data.dir())) {
            ArchiveStats st = store.stats();
            out.printf("archive %s: %,d articles, %,d quotes, %,d entity mentions, %,.1f MB on disk%n", data.dir(),
                    st.articles(), st.quotes(), st.entityMentions(), st.sizeBytes() / 1e6);
            List<SearchQuery> terms = new ArrayList<>();
            for (String t : TERMS) {
                terms.add(SearchQuery.of(t).withFacets(false));
            }
            List<SearchQuery> phrases = new ArrayList<>();
            for (String p : PHRASES) {
                phrases.add(SearchQuery.of(p).withFacets(false));
            }
            List<SearchQuery> faceted = new ArrayList<>();
            for (int i = 0; i < TERMS.length; i++) {
                SearchQuery q = SearchQuery.of(TERMS[i]).withFacets(true);
                faceted.add(i % 2 == 0 ? q : q.withFilters(Filters.NONE.withDates(java.time.LocalDate.of(2017, 1, 1),
                        java.time.LocalDate.of(2018, 12, 31))));
            }
            List<SearchQuery> all = new ArrayList<>();
            all.add(SearchQuery.of("").withFacets(true));
            out.printf("load average %.1f on %d cores; wall-clock and this thread's CPU time per query:%n",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            out.printf("%-22s %6s %8s %8s %8s %8s %9s %9s %10s%n", "queries", "runs", "p50 ms", "p95 ms", "p99 ms",
                    "max ms", "cpu p50", "cpu p95", "mean hits");
            // warm-up: every query once
            for (List<SearchQuery> qs : List.of(terms, phrases, faceted, all)) {
                time(store, qs, 1);
            }
            report(out, "term", time(store, terms, rounds));
            report(out, "phrase", time(store, phrases, rounds));
            report(out, "term + facets/filter", time(store, faceted, rounds));
            report(out, "all articles + facets", time(store, all, rounds));
        }
        return ExitCodes.OK;
    }

    private record Timing(double[] ms, double[] cpuMs, double meanHits) {
    }

    /**
     * Wall-clock and CPU time of each query; on a machine shared with other work the CPU time is what
     * the query costs, the wall time what a user waited.
     */
    private static Timing time(LuceneArchiveStore store, List<SearchQuery> queries, int rounds) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] ms = new double[queries.size() * rounds];
        double[] cpu = new double[ms.length];
        long hits = 0;
        int k = 0;
        for (int r = 0; r < rounds; r++) {
            for (SearchQuery q : queries) {
                long c0 = mx.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                hits += store.search(q).hits().total();
                ms[k] = (System.nanoTime() - t0) / 1e6;
                cpu[k++] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
            }
        }
        return new Timing(ms, cpu, (double) hits / ms.length);
    }

    private static void report(PrintWriter out, String name, Timing t) {
        double[] s = t.ms().clone();
        Arrays.sort(s);
        double[] c = t.cpuMs().clone();
        Arrays.sort(c);
        out.printf("%-22s %6d %8.2f %8.2f %8.2f %8.2f %9.2f %9.2f %,10.0f%n", name, s.length, pct(s, 50), pct(s, 95),
                pct(s, 99), s[s.length - 1], pct(c, 50), pct(c, 95), t.meanHits());
        out.flush();
    }

    static double pct(double[] sorted, double p) {
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    /** Analyses each article once and stores K copies of it, copy k with id {@code id~k} (copy 0 keeps its id). */
    private void build(PrintWriter out) throws Exception {
        ArticleReader.Result r = new ArticleReader.Result(new ArrayList<>(), new ArrayList<>());
        new ArticleReader().read(paths, r);
        List<Article> articles = r.articles();
        out.printf("building a %d× archive from %,d articles in %s%n", scale, articles.size(), data.dir());
        out.flush();
        Pipeline pipeline = Pipeline.standard();
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        long t0 = System.nanoTime();
        AtomicLong done = new AtomicLong();
        try (LuceneArchiveStore store = LuceneArchiveStore.open(data.dir())) {
            ExecutorService pool = Executors.newFixedThreadPool(n);
            List<Future<?>> fs = new ArrayList<>();
            int chunk = (articles.size() + n - 1) / n;
            for (int w = 0; w < n; w++) {
                List<Article> part = articles.subList(Math.min(articles.size(), w * chunk),
                        Math.min(articles.size(), (w + 1) * chunk));
                fs.add(pool.submit(() -> {
                    List<Analysis> batch = new ArrayList<>();
                    for (Article a : part) {
                        Analysis an = pipeline.analyze(a);
                        for (int k = 0; k < scale; k++) {
                            batch.add(k == 0 ? an : copy(an, a.id() + "~" + k));
                        }
                        if (batch.size() >= 256) {
                            store.put(batch);
                            done.addAndGet(batch.size());
                            batch.clear();
                        }
                    }
                    store.put(batch);
                    done.addAndGet(batch.size());
                    return null;
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
            pool.shutdown();
            store.release();
            double secs = (System.nanoTime() - t0) / 1e9;
            out.printf("stored %,d articles in %.1f s (%,.0f/s), %,.1f MB on disk%n", done.get(), secs,
                    done.get() / secs, store.stats().sizeBytes() / 1e6);
        }
    }

    private static Analysis copy(Analysis a, String id) {
        Article o = a.article();
        Article c = new Article(id, o.title(), o.text(), o.published(), o.source(), o.url(), o.metadata());
        return new Analysis(c, a.sentences(), a.tokens(), a.entities(), a.quotes(), a.dates(), a.quantities());
    }
}
