package org.marsad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
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
        final String name;
        final List<Object> articles = new ArrayList<>();
        Object pipeline, textAnalyzer, ner;
        Method analyze, analyzeText, recognize;
        long bestFull = Long.MAX_VALUE, bestNer = Long.MAX_VALUE;
        Object[] steps = new Object[6];
        Method[] stepCalls = new Method[6];
        final long[] bestStep = new long[6];
        Side(String name) { this.name = name; }
    }

    public static void main(String[] args) throws Exception {
        String rest = args[0];
        int limit = Integer.parseInt(args[3]);
        int rounds = Integer.parseInt(args[4]);
        List<URL> common = new ArrayList<>();
        for (String p : rest.split(":")) if (!p.isEmpty()) common.add(Path.of(p).toUri().toURL());
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
                reader.getMethod("read", List.class, cl.loadClass("org.marsad.io.ArticleSink")).invoke(r, List.of(Path.of("../shared/data/corpus")), res);
                raw = new ArrayList<>();
                for (int i = 0; i < limit; i++) {
                    Object a = arts.get((int) ((long) i * arts.size() / limit));
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
            Class<?> ta = cl.loadClass("org.marsad.text.TextAnalyzer");
            sides[s].textAnalyzer = ta.getConstructor().newInstance();
            sides[s].analyzeText = ta.getMethod("analyze", article);
            Class<?> ner = cl.loadClass("org.marsad.ner.StatisticalEntityRecognizer");
            sides[s].ner = ner.getMethod("shipped").invoke(null);
            sides[s].recognize = ner.getMethod("recognize", cl.loadClass("org.marsad.text.AnalyzedText"));
            // the pipeline's own steps, called as its analyze() calls them
            Class<?> at = cl.loadClass("org.marsad.text.AnalyzedText");
            String[] fields = {"text", "ner", "linker", "quotes", "dates", "quantities"};
            for (int k = 0; k < fields.length; k++) {
                java.lang.reflect.Field f = pipe.getDeclaredField(fields[k]);
                f.setAccessible(true);
                sides[s].steps[k] = f.get(sides[s].pipeline);
            }
            sides[s].stepCalls[0] = ta.getMethod("analyze", article);
            sides[s].stepCalls[1] = cl.loadClass("org.marsad.pipeline.EntityRecognizer").getMethod("recognize", at);
            sides[s].stepCalls[2] = cl.loadClass("org.marsad.pipeline.EntityLinker").getMethod("link", at, List.class);
            sides[s].stepCalls[3] = cl.loadClass("org.marsad.pipeline.QuoteExtractor").getMethod("extract", at, List.class);
            sides[s].stepCalls[4] = cl.loadClass("org.marsad.pipeline.DateRecognizer").getMethod("recognize", at);
            Class<?> qr = cl.loadClass("org.marsad.pipeline.QuantityRecognizer");
            try {
                sides[s].stepCalls[5] = qr.getMethod("recognize", at, List.class);
            } catch (NoSuchMethodException e) {
                sides[s].stepCalls[5] = qr.getMethod("recognize", at);
            }
            java.util.Arrays.fill(sides[s].bestStep, Long.MAX_VALUE);
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int round = 0; round <= rounds; round++) {
            for (Side side : sides) {
                long t0 = mx.getCurrentThreadCpuTime();
                for (Object a : side.articles) side.analyze.invoke(side.pipeline, a);
                long full = mx.getCurrentThreadCpuTime() - t0;
                List<Object> texts = new ArrayList<>();
                for (Object a : side.articles) texts.add(side.analyzeText.invoke(side.textAnalyzer, a));
                t0 = mx.getCurrentThreadCpuTime();
                for (Object t : texts) side.recognize.invoke(side.ner, t);
                long ner = mx.getCurrentThreadCpuTime() - t0;
                long[] step = new long[6];
                for (Object a : side.articles) {
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
                    if (side.stepCalls[5].getParameterCount() == 2) {
                        side.stepCalls[5].invoke(side.steps[5], text, dates);
                    } else {
                        side.stepCalls[5].invoke(side.steps[5], text);
                    }
                    long c6 = mx.getCurrentThreadCpuTime();
                    step[0] += c1 - c0;
                    step[1] += c2 - c1;
                    step[2] += c3 - c2;
                    step[3] += c4 - c3;
                    step[4] += c5 - c4;
                    step[5] += c6 - c5;
                }
                if (round > 0) {
                    for (int k = 0; k < 6; k++) {
                        side.bestStep[k] = Math.min(side.bestStep[k], step[k]);
                    }
                    side.bestFull = Math.min(side.bestFull, full);
                    side.bestNer = Math.min(side.bestNer, ner);
                }
                System.out.printf("round %d %-6s full %.3f ms/article, NER %.3f ms/article%n", round, side.name,
                        full / 1e6 / limit, ner / 1e6 / limit);
            }
        }
        for (Side side : sides) {
            System.out.printf("best %-6s full pipeline %.3f ms CPU/article (%,.0f articles per CPU-second); NER %.3f ms/article%n",
                    side.name, side.bestFull / 1e6 / limit, limit / (side.bestFull / 1e9), side.bestNer / 1e6 / limit);
        }
        String[] names = {"text layer", "NER", "entity linking", "quotes", "dates", "quantities"};
        System.out.println("per step, best round, ms CPU per article (before, after):");
        for (int k = 0; k < 6; k++) {
            System.out.printf("  %-16s %7.3f %7.3f%n", names[k], sides[0].bestStep[k] / 1e6 / limit, sides[1].bestStep[k] / 1e6 / limit);
        }
        System.out.printf("after/before CPU per article: full %.2f, NER %.2f%n", (double) sides[1].bestFull / sides[0].bestFull,
                (double) sides[1].bestNer / sides[0].bestNer);
    }
}
