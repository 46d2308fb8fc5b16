package org.marsad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Before/after CPU time of the full pipeline on a feed: as {@link InterleavedAB}, two builds of marsad-core in
 * their own class loaders, but no article is measured twice. The corpus is shuffled once (seed 42) and cut into
 * chunks; round k gives both builds chunk k (their order alternating from round to round), so each build reads
 * every article once, after the same earlier articles, as a news feed would bring them. The first
 * {@code warm} chunks are warm-up. Reports the median, best and worst round of each build and the median of the
 * per-round ratios after/before. With {@code --steps}, each article goes through the pipeline's steps one by one
 * (timed apart, the Analysis record not built) instead of {@code Pipeline.analyze}; with {@code --repeat}, every round
 * reads the first chunk again (the warm-cache figure, for comparison).
 *
 * <pre>
 * REST=$(tr ':' '\n' &lt; marsad-bench/target/classpath.txt | grep -v marsad-core | paste -sd:)
 * java -Xmx6g -cp marsad-bench/target/classes org.marsad.bench.FeedAB "$REST" BEFORE_CLASSES AFTER_CLASSES 2000 3 [--steps] [--repeat]
 * </pre>
 * Arguments: class path without marsad-core, the two class directories, articles per chunk, warm-up chunks.
 */
public final class FeedAB {
    private FeedAB() {
    }

    private static final String[] STEP_NAMES = {"text layer", "NER", "entity linking", "quotes", "dates", "quantities"};

    static final class Side {
        final String name;
        final List<Object> articles = new ArrayList<>();
        Object pipeline;
        Method analyze;
        final Object[] steps = new Object[6];
        final Method[] stepCalls = new Method[6];
        final List<Double> rounds = new ArrayList<>();
        final List<double[]> stepRounds = new ArrayList<>();

        Side(String name) {
            this.name = name;
        }
    }

    public static void main(String[] args) throws Exception {
        String rest = args[0];
        int chunk = Integer.parseInt(args[3]);
        int warm = Integer.parseInt(args[4]);
        boolean byStep = Arrays.asList(args).contains("--steps");
        // the same first chunk every round: what the same articles read again cost, for comparison
        boolean repeat = Arrays.asList(args).contains("--repeat");
        List<URL> common = new ArrayList<>();
        for (String p : rest.split(":")) {
            if (!p.isEmpty()) {
                common.add(Path.of(p).toUri().toURL());
            }
        }
        Side[] sides = {new Side("before"), new Side("after")};
        String[] dirs = {args[1], args[2]};
        List<String[]> raw = null;
        for (int s = 0; s < 2; s++) {
            List<URL> urls = new ArrayList<>();
            urls.add(Path.of(dirs[s]).toUri().toURL());
            urls.addAll(common);
            ClassLoader cl = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
            Class<?> article = cl.loadClass("org.marsad.model.Article");
            if (raw == null) {
                Class<?> reader = cl.loadClass("org.marsad.io.ArticleReader");
                Class<?> result = cl.loadClass("org.marsad.io.ArticleReader$Result");
                List<Object> arts = new ArrayList<>();
                Object res = result.getConstructor(List.class, List.class).newInstance(arts, new ArrayList<>());
                Object r = reader.getConstructor().newInstance();
                reader.getMethod("read", List.class, cl.loadClass("org.marsad.io.ArticleSink"))
                        .invoke(r, List.of(Path.of(System.getProperty("marsad.shared", "../shared"), "data", "corpus")), res);
                Collections.shuffle(arts, new Random(42));
                raw = new ArrayList<>();
                for (Object a : arts) {
                    raw.add(new String[] {(String) article.getMethod("id").invoke(a), (String) article.getMethod("title").invoke(a),
                            (String) article.getMethod("text").invoke(a), String.valueOf(article.getMethod("published").invoke(a))});
                }
            }
            Method of = article.getMethod("of", String.class, String.class, String.class, java.time.LocalDate.class);
            for (String[] a : raw) {
                sides[s].articles.add(of.invoke(null, a[0], a[1], a[2], a[3].equals("null") ? null : java.time.LocalDate.parse(a[3])));
            }
            Class<?> pipe = cl.loadClass("org.marsad.pipeline.Pipeline");
            sides[s].pipeline = pipe.getMethod("standard").invoke(null);
            sides[s].analyze = pipe.getMethod("analyze", article);
            Class<?> at = cl.loadClass("org.marsad.text.AnalyzedText");
            String[] fields = {"text", "ner", "linker", "quotes", "dates", "quantities"};
            for (int k = 0; k < fields.length; k++) {
                java.lang.reflect.Field f = pipe.getDeclaredField(fields[k]);
                f.setAccessible(true);
                sides[s].steps[k] = f.get(sides[s].pipeline);
            }
            sides[s].stepCalls[0] = cl.loadClass("org.marsad.text.TextAnalyzer").getMethod("analyze", article);
            sides[s].stepCalls[1] = cl.loadClass("org.marsad.pipeline.EntityRecognizer").getMethod("recognize", at);
            sides[s].stepCalls[2] = cl.loadClass("org.marsad.pipeline.EntityLinker").getMethod("link", at, List.class);
            sides[s].stepCalls[3] = cl.loadClass("org.marsad.pipeline.QuoteExtractor").getMethod("extract", at, List.class);
            sides[s].stepCalls[4] = cl.loadClass("org.marsad.pipeline.DateRecognizer").getMethod("recognize", at);
            sides[s].stepCalls[5] = cl.loadClass("org.marsad.pipeline.QuantityRecognizer").getMethod("recognize", at, List.class);
        }
        int chunks = raw.size() / chunk;
        System.out.printf("%,d articles shuffled, %d chunks of %,d, %d warm-up; %s; load average %s%n", raw.size(), chunks, chunk,
                warm, byStep ? "step by step" : "Pipeline.analyze", Measure.loadAverage());
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < chunks; round++) {
            int from = repeat ? 0 : round * chunk;
            for (int o = 0; o < 2; o++) {
                Side side = sides[(round + o) % 2];
                List<Object> part = side.articles.subList(from, from + chunk);
                double[] step = new double[6];
                long t0 = mx.getCurrentThreadCpuTime();
                if (byStep) {
                    for (Object a : part) {
                        long c0 = mx.getCurrentThreadCpuTime();
                        Object text = side.stepCalls[0].invoke(side.steps[0], a);
                        long c1 = mx.getCurrentThreadCpuTime();
                        Object mentions = side.stepCalls[1].invoke(side.steps[1], text);
                        long c2 = mx.getCurrentThreadCpuTime();
                        Object entities = side.stepCalls[2].invoke(side.steps[2], text, mentions);
                        long c3 = mx.getCurrentThreadCpuTime();
                        side.stepCalls[3].invoke(side.steps[3], text, entities);
                        long c4 = mx.getCurrentThreadCpuTime();
                        Object dates = side.stepCalls[4].invoke(side.steps[4], text);
                        long c5 = mx.getCurrentThreadCpuTime();
                        side.stepCalls[5].invoke(side.steps[5], text, dates);
                        long c6 = mx.getCurrentThreadCpuTime();
                        step[0] += c1 - c0;
                        step[1] += c2 - c1;
                        step[2] += c3 - c2;
                        step[3] += c4 - c3;
                        step[4] += c5 - c4;
                        step[5] += c6 - c5;
                    }
                } else {
                    for (Object a : part) {
                        side.analyze.invoke(side.pipeline, a);
                    }
                }
                double ms = (mx.getCurrentThreadCpuTime() - t0) / 1e6 / chunk;
                System.out.printf("round %2d %-6s %.4f ms CPU/article%n", round, side.name, ms);
                if (round >= warm) {
                    side.rounds.add(ms);
                    for (int k = 0; k < 6; k++) {
                        step[k] /= 1e6 * chunk;
                    }
                    side.stepRounds.add(step);
                }
            }
        }
        int n = sides[0].rounds.size();
        if (n == 0) {
            System.err.printf("no round measured: %d warm-up rounds of %d chunks; give fewer warm-up rounds%n", warm, chunks);
            System.exit(2);
        }
        double[] ratios = new double[n];
        int afterLower = 0;
        for (int i = 0; i < n; i++) {
            ratios[i] = sides[1].rounds.get(i) / sides[0].rounds.get(i);
            afterLower += ratios[i] < 1 ? 1 : 0;
        }
        for (Side side : sides) {
            double[] r = side.rounds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf("%-6s median %.4f, best %.4f, worst %.4f ms CPU/article over %d feed rounds%n", side.name, median(r), r[0],
                    r[r.length - 1], r.length);
        }
        Arrays.sort(ratios);
        System.out.printf("after/before per round: median %.3f (min %.3f, max %.3f); after lower in %d of %d rounds; load average %s%n",
                median(ratios), ratios[0], ratios[n - 1], afterLower, n, Measure.loadAverage());
        if (byStep) {
            System.out.println("per step, median round, ms CPU per article (before, after):");
            for (int k = 0; k < 6; k++) {
                double[] b = new double[n];
                double[] a = new double[n];
                for (int i = 0; i < n; i++) {
                    b[i] = sides[0].stepRounds.get(i)[k];
                    a[i] = sides[1].stepRounds.get(i)[k];
                }
                Arrays.sort(b);
                Arrays.sort(a);
                System.out.printf("  %-16s %7.4f %7.4f%n", STEP_NAMES[k], median(b), median(a));
            }
        }
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
