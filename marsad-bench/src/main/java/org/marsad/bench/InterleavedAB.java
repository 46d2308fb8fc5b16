package org.marsad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Before/after CPU time of the full pipeline and of NER in one JVM: two builds of marsad-core (e.g. main's
 * {@code target/classes} copied aside, and a branch's), each in its own class loader, measured in alternating
 * rounds over the same articles spread over the corpus, so a machine whose load changes during the run skews
 * both alike. Arguments: the class path without marsad-core, the before and after class directories, the
 * number of articles and of rounds (the best round counts; round 0 is warm-up).
 *
 * <pre>
 * REST=$(tr ':' '\n' &lt; marsad-bench/target/classpath.txt | grep -v marsad-core | paste -sd:)
 * java -Xmx4g -cp marsad-bench/target/classes org.marsad.bench.InterleavedAB "$REST" BEFORE_CLASSES AFTER_CLASSES 3000 12
 * </pre>
 */
public final class InterleavedAB {
    private InterleavedAB() {
    }

    static final class Side {
        final BuildUnderTest build;
        final Object textAnalyzer;
        final Object ner;
        final Method analyzeText;
        final Method recognize;
        long bestFull = Long.MAX_VALUE;
        long bestNer = Long.MAX_VALUE;
        final long[] bestStep = new long[6];

        Side(BuildUnderTest build) throws Exception {
            this.build = build;
            Class<?> ta = build.loader.loadClass("org.marsad.text.TextAnalyzer");
            textAnalyzer = ta.getConstructor().newInstance();
            analyzeText = ta.getMethod("analyze", build.article);
            Class<?> ner = build.loader.loadClass("org.marsad.ner.StatisticalEntityRecognizer");
            this.ner = ner.getMethod("shipped").invoke(null);
            recognize = ner.getMethod("recognize", build.loader.loadClass("org.marsad.text.AnalyzedText"));
            java.util.Arrays.fill(bestStep, Long.MAX_VALUE);
        }
    }

    public static void main(String[] args) throws Exception {
        String rest = args[0];
        int limit = Integer.parseInt(args[3]);
        int rounds = Integer.parseInt(args[4]);
        Side[] sides = {new Side(new BuildUnderTest("before", args[1], rest)), new Side(new BuildUnderTest("after", args[2], rest))};
        List<String[]> all = sides[0].build.readCorpus(Path.of("../shared/data/corpus"));
        List<String[]> raw = new ArrayList<>();
        for (int i = 0; i < limit; i++) {
            raw.add(all.get((int) ((long) i * all.size() / limit)));
        }
        for (Side side : sides) {
            side.build.addArticles(raw);
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int round = 0; round <= rounds; round++) {
            for (Side side : sides) {
                long t0 = mx.getCurrentThreadCpuTime();
                for (Object a : side.build.articles) {
                    side.build.analyze.invoke(side.build.pipeline, a);
                }
                long full = mx.getCurrentThreadCpuTime() - t0;
                List<Object> texts = new ArrayList<>();
                for (Object a : side.build.articles) {
                    texts.add(side.analyzeText.invoke(side.textAnalyzer, a));
                }
                t0 = mx.getCurrentThreadCpuTime();
                for (Object t : texts) {
                    side.recognize.invoke(side.ner, t);
                }
                long ner = mx.getCurrentThreadCpuTime() - t0;
                long[] step = new long[6];
                for (Object a : side.build.articles) {
                    side.build.analyzeByStep(a, mx, step);
                }
                if (round > 0) {
                    for (int k = 0; k < 6; k++) {
                        side.bestStep[k] = Math.min(side.bestStep[k], step[k]);
                    }
                    side.bestFull = Math.min(side.bestFull, full);
                    side.bestNer = Math.min(side.bestNer, ner);
                }
                System.out.printf("round %d %-6s full %.3f ms/article, NER %.3f ms/article%n", round, side.build.name,
                        full / 1e6 / limit, ner / 1e6 / limit);
            }
        }
        for (Side side : sides) {
            System.out.printf("best %-6s full pipeline %.3f ms CPU/article (%,.0f articles per CPU-second); NER %.3f ms/article%n",
                    side.build.name, side.bestFull / 1e6 / limit, limit / (side.bestFull / 1e9), side.bestNer / 1e6 / limit);
        }
        System.out.println("per step, best round, ms CPU per article (before, after):");
        for (int k = 0; k < 6; k++) {
            System.out.printf("  %-16s %7.3f %7.3f%n", BuildUnderTest.STEP_NAMES[k], sides[0].bestStep[k] / 1e6 / limit, sides[1].bestStep[k] / 1e6 / limit);
        }
        System.out.printf("after/before CPU per article: full %.2f, NER %.2f%n", (double) sides[1].bestFull / sides[0].bestFull,
                (double) sides[1].bestNer / sides[0].bestNer);
    }
}
