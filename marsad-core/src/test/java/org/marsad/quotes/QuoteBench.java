package org.marsad.quotes;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.io.ArticleReader;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.Quote;
import org.marsad.pipeline.Pipeline;
import org.marsad.text.AnalyzedText;

/**
 * CPU time of the quote step alone, with the entities of the standard pipeline as input; not a test.
 * {@code java -cp … org.marsad.quotes.QuoteBench [--limit N] [--reps R] [--dump FILE] PATH…}.
 * Reports thread CPU time (ThreadMXBean), so a loaded machine changes the figure less than wall time.
 * {@code --dump} writes every quote (article, speaker, cue, content offsets, evidence) to compare
 * the output of two versions line by line.
 */
public final class QuoteBench {
    public static void main(String[] args) throws Exception {
        int limit = 1500;
        int reps = 5;
        Path dump = null;
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                case "--dump" -> dump = Path.of(args[++i]);
                default -> paths.add(Path.of(args[i]));
            }
        }
        List<Article> all = ArticleReader.readAll(new ArticleReader(), paths).articles();
        List<Article> articles = new ArrayList<>();
        int step = Math.max(1, all.size() / limit);
        for (int i = 0; i < all.size() && articles.size() < limit; i += step) {
            articles.add(all.get(i));
        }
        Pipeline pipeline = Pipeline.standard();
        List<AnalyzedText> texts = new ArrayList<>();
        List<List<Entity>> entities = new ArrayList<>();
        for (Article a : articles) {
            texts.add(pipeline.analyzeText(a));
            entities.add(pipeline.analyze(a).entities());
        }
        RuleQuoteExtractor qx = RuleQuoteExtractor.standard();
        if (dump != null) {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(dump, StandardCharsets.UTF_8))) {
                for (int i = 0; i < texts.size(); i++) {
                    for (Quote q : qx.extract(texts.get(i), entities.get(i))) {
                        w.println(articles.get(i).id() + "\t" + q.speaker() + "\t"
                                + (q.cue() == null ? "-" : q.cue().start() + "-" + q.cue().text())
                                + "\t" + q.content().field() + ":" + q.content().start() + "-" + q.content().end()
                                + "\t" + q.direct() + "\t" + q.via() + "\t" + q.medium() + "\t" + q.stance()
                                + "\t" + q.inTitle() + "\t" + q.evidence());
                    }
                }
            }
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long quotes = 0;
        for (int r = 0; r < reps + 2; r++) {
            long cpu0 = mx.getCurrentThreadCpuTime();
            long n = 0;
            for (int i = 0; i < texts.size(); i++) {
                n += qx.extract(texts.get(i), entities.get(i)).size();
            }
            long cpu = mx.getCurrentThreadCpuTime() - cpu0;
            quotes = n;
            System.out.printf("%s %d: %d articles, %d quotes, %.0f ms CPU, %.0f articles/s CPU%n",
                    r < 2 ? "warmup" : "rep", r, texts.size(), n, cpu / 1e6, texts.size() / (cpu / 1e9));
        }
        System.out.println("quotes " + quotes);
    }
}
