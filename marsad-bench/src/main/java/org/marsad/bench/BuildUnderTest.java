package org.marsad.bench;

import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One build of marsad-core in its own class loader, for the A/B benches ({@link InterleavedAB}, {@link FeedAB}):
 * its articles, its {@code Pipeline.standard()}, and the pipeline's six steps reached by reflection, so two builds
 * run side by side in one JVM.
 */
final class BuildUnderTest {
    static final String[] STEP_NAMES = {"text layer", "NER", "entity linking", "quotes", "dates", "quantities"};

    final String name;
    final ClassLoader loader;
    final Class<?> article;
    final Object pipeline;
    final Method analyze;
    final Object[] steps = new Object[6];
    final Method[] stepCalls = new Method[6];
    final List<Object> articles = new ArrayList<>();

    /** Loads the build in {@code classes} with the other jars of {@code commonClassPath} (marsad-core left out). */
    BuildUnderTest(String name, String classes, String commonClassPath) throws Exception {
        this.name = name;
        List<URL> urls = new ArrayList<>();
        urls.add(Path.of(classes).toUri().toURL());
        for (String p : commonClassPath.split(":")) {
            if (!p.isEmpty()) {
                urls.add(Path.of(p).toUri().toURL());
            }
        }
        loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
        article = loader.loadClass("org.marsad.model.Article");
        Class<?> pipe = loader.loadClass("org.marsad.pipeline.Pipeline");
        pipeline = pipe.getMethod("standard").invoke(null);
        analyze = pipe.getMethod("analyze", article);
        // the pipeline's own steps, called as its analyze() calls them
        String[] fields = {"text", "ner", "linker", "quotes", "dates", "quantities"};
        for (int k = 0; k < fields.length; k++) {
            java.lang.reflect.Field f = pipe.getDeclaredField(fields[k]);
            f.setAccessible(true);
            steps[k] = f.get(pipeline);
        }
        Class<?> at = loader.loadClass("org.marsad.text.AnalyzedText");
        stepCalls[0] = loader.loadClass("org.marsad.text.TextAnalyzer").getMethod("analyze", article);
        stepCalls[1] = loader.loadClass("org.marsad.pipeline.EntityRecognizer").getMethod("recognize", at);
        stepCalls[2] = loader.loadClass("org.marsad.pipeline.EntityLinker").getMethod("link", at, List.class);
        stepCalls[3] = loader.loadClass("org.marsad.pipeline.QuoteExtractor").getMethod("extract", at, List.class);
        stepCalls[4] = loader.loadClass("org.marsad.pipeline.DateRecognizer").getMethod("recognize", at);
        Class<?> qr = loader.loadClass("org.marsad.pipeline.QuantityRecognizer");
        Method quantities;
        try {
            quantities = qr.getMethod("recognize", at, List.class);
        } catch (NoSuchMethodException e) {
            quantities = qr.getMethod("recognize", at); // builds before quantities read the dates
        }
        stepCalls[5] = quantities;
    }

    /** Every article of the corpus as (id, title, text, published), read with this build's reader. */
    List<String[]> readCorpus(Path corpus) throws Exception {
        Class<?> reader = loader.loadClass("org.marsad.io.ArticleReader");
        Class<?> result = loader.loadClass("org.marsad.io.ArticleReader$Result");
        List<Object> arts = new ArrayList<>();
        Object res = result.getConstructor(List.class, List.class).newInstance(arts, new ArrayList<>());
        Object r = reader.getConstructor().newInstance();
        reader.getMethod("read", List.class, loader.loadClass("org.marsad.io.ArticleSink")).invoke(r, List.of(corpus), res);
        List<String[]> rows = new ArrayList<>();
        for (Object a : arts) {
            rows.add(new String[] {(String) article.getMethod("id").invoke(a), (String) article.getMethod("title").invoke(a),
                    (String) article.getMethod("text").invoke(a), String.valueOf(article.getMethod("published").invoke(a))});
        }
        return rows;
    }

    /** Makes the rows this build's articles (each build its own objects, of its own classes). */
    void addArticles(List<String[]> rows) throws Exception {
        Method of = article.getMethod("of", String.class, String.class, String.class, LocalDate.class);
        for (String[] a : rows) {
            articles.add(of.invoke(null, a[0], a[1], a[2], a[3].equals("null") ? null : LocalDate.parse(a[3])));
        }
    }

    /** Runs one article through the six steps in turn, adding each step's CPU nanoseconds to {@code step}. */
    void analyzeByStep(Object a, ThreadMXBean mx, long[] step) throws Exception {
        long c0 = mx.getCurrentThreadCpuTime();
        Object text = stepCalls[0].invoke(steps[0], a);
        long c1 = mx.getCurrentThreadCpuTime();
        Object mentions = stepCalls[1].invoke(steps[1], text);
        long c2 = mx.getCurrentThreadCpuTime();
        Object entities = stepCalls[2].invoke(steps[2], text, mentions);
        long c3 = mx.getCurrentThreadCpuTime();
        stepCalls[3].invoke(steps[3], text, entities);
        long c4 = mx.getCurrentThreadCpuTime();
        Object dates = stepCalls[4].invoke(steps[4], text);
        long c5 = mx.getCurrentThreadCpuTime();
        if (stepCalls[5].getParameterCount() == 2) {
            stepCalls[5].invoke(steps[5], text, dates);
        } else {
            stepCalls[5].invoke(steps[5], text);
        }
        long c6 = mx.getCurrentThreadCpuTime();
        step[0] += c1 - c0;
        step[1] += c2 - c1;
        step[2] += c3 - c2;
        step[3] += c4 - c3;
        step[4] += c5 - c4;
        step[5] += c6 - c5;
    }
}
