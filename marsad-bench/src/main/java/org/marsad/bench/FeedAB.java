package org.marsad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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

    static final class Side {
        final BuildUnderTest build;
        final List<Double> rounds = new ArrayList<>();
        final List<double[]> stepRounds = new ArrayList<>();

        Side(BuildUnderTest build) {
            this.build = build;
        }
    }

    public static void main(String[] args) throws Exception {
        String rest = args[0];
        int chunk = Integer.parseInt(args[3]);
        int warm = Integer.parseInt(args[4]);
        boolean byStep = Arrays.asList(args).contains("--steps");
        // the same first chunk every round: what the same articles read again cost, for comparison
        boolean repeat = Arrays.asList(args).contains("--repeat");
        Side[] sides = {new Side(new BuildUnderTest("before", args[1], rest)), new Side(new BuildUnderTest("after", args[2], rest))};
        List<String[]> raw = sides[0].build.readCorpus(Path.of(System.getProperty("marsad.shared", "../shared"), "data", "corpus"));
        Collections.shuffle(raw, new Random(42));
        for (Side side : sides) {
            side.build.addArticles(raw);
        }
        int chunks = raw.size() / chunk;
        System.out.printf("%,d articles shuffled, %d chunks of %,d, %d warm-up; %s; load average %s%n", raw.size(), chunks, chunk,
                warm, byStep ? "step by step" : "Pipeline.analyze", Measure.loadAverage());
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < chunks; round++) {
            int from = repeat ? 0 : round * chunk;
            for (int o = 0; o < 2; o++) {
                Side side = sides[(round + o) % 2];
                List<Object> part = side.build.articles.subList(from, from + chunk);
                long[] step = new long[6];
                long t0 = mx.getCurrentThreadCpuTime();
                for (Object a : part) {
                    if (byStep) {
                        side.build.analyzeByStep(a, mx, step);
                    } else {
                        side.build.analyze.invoke(side.build.pipeline, a);
                    }
                }
                double ms = (mx.getCurrentThreadCpuTime() - t0) / 1e6 / chunk;
                System.out.printf("round %2d %-6s %.4f ms CPU/article%n", round, side.build.name, ms);
                if (round >= warm) {
                    side.rounds.add(ms);
                    double[] perArticle = new double[6];
                    for (int k = 0; k < 6; k++) {
                        perArticle[k] = step[k] / (1e6 * chunk);
                    }
                    side.stepRounds.add(perArticle);
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
            System.out.printf("%-6s median %.4f, best %.4f, worst %.4f ms CPU/article over %d feed rounds%n", side.build.name, median(r), r[0],
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
                System.out.printf("  %-16s %7.4f %7.4f%n", BuildUnderTest.STEP_NAMES[k], median(b), median(a));
            }
        }
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
