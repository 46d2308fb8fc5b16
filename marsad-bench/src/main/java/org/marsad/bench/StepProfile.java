package org.marsad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.entities.ArticleEntityLinker;
import org.marsad.model.Article;
import org.marsad.model.DateExpression;
import org.marsad.model.Entity;
import org.marsad.model.EntityMention;
import org.marsad.ner.StatisticalEntityRecognizer;
import org.marsad.pipeline.DateRecognizer;
import org.marsad.pipeline.EntityLinker;
import org.marsad.pipeline.EntityRecognizer;
import org.marsad.pipeline.QuantityRecognizer;
import org.marsad.pipeline.QuoteExtractor;
import org.marsad.quotes.RuleQuoteExtractor;
import org.marsad.text.AnalyzedText;
import org.marsad.text.TextAnalyzer;
import org.marsad.time.ArabicDateRecognizer;
import org.marsad.time.ArabicQuantityRecognizer;

/**
 * CPU time of each step of the standard pipeline, on one thread, over the same articles: where the time of
 * {@code Pipeline.standard()} goes. CPU time of the measuring thread (ThreadMXBean), so other processes on a
 * busy machine do not inflate it.
 *
 * <pre>
 * java -cp "$CP" org.marsad.bench.StepProfile [--limit 3000] [--rounds 3] [--sample] [PATH…]
 * </pre>
 */
public final class StepProfile {
    private StepProfile() {
    }

    public static void main(String[] args) {
        int limit = 3000;
        int rounds = 3;
        boolean sample = false;
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--sample" -> sample = true;
                default -> paths.add(Path.of(args[i]));
            }
        }
        List<Article> all = Corpus.load(paths, Integer.MAX_VALUE, sample);
        List<Article> articles = PeerBenchmark.spread(all, limit);
        TextAnalyzer text = new TextAnalyzer();
        EntityRecognizer ner = StatisticalEntityRecognizer.shipped();
        EntityLinker linker = ArticleEntityLinker.standard();
        QuoteExtractor quotes = RuleQuoteExtractor.standard();
        DateRecognizer dates = new ArabicDateRecognizer();
        QuantityRecognizer quantities = new ArabicQuantityRecognizer();
        String[] names = {"text layer", "NER", "entity linking", "quotes", "dates", "quantities"};
        Steps steps = new Steps(text, ner, linker, quotes, dates, quantities);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        System.out.printf("%,d articles spread over %,d; load average %s%n", articles.size(), all.size(), Measure.loadAverage());
        long[] best = new long[names.length];
        java.util.Arrays.fill(best, Long.MAX_VALUE);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long bestProcess = Long.MAX_VALUE;
        for (int round = 0; round <= rounds; round++) {
            long p0 = os.getProcessCpuTime();
            long[] cpu = perStep(articles, steps, mx::getCurrentThreadCpuTime);
            long process = os.getProcessCpuTime() - p0;
            long total = 0;
            for (long c : cpu) {
                total += c;
            }
            if (round == 0) {
                continue; // warm-up
            }
            bestProcess = Math.min(bestProcess, process);
            for (int st = 0; st < names.length; st++) {
                best[st] = Math.min(best[st], cpu[st]);
            }
            System.out.printf("round %d: %.3f ms CPU per article (%,.0f articles per CPU-second); whole process %.3f ms "
                            + "(garbage collection and compilation included)%n", round,
                    total / 1e6 / articles.size(), articles.size() / (total / 1e9), process / 1e6 / articles.size());
            for (int s = 0; s < names.length; s++) {
                System.out.printf("  %-16s %7.3f ms/article %5.1f %%%n", names[s], cpu[s] / 1e6 / articles.size(),
                        100.0 * cpu[s] / total);
            }
        }
        long sum = 0;
        for (long b : best) {
            sum += b;
        }
        System.out.printf("best of %d rounds per step: %.3f ms CPU per article (%,.0f articles per CPU-second); "
                        + "whole process, best round: %.3f ms per article; load average %s%n",
                rounds, sum / 1e6 / articles.size(), articles.size() / (sum / 1e9), bestProcess / 1e6 / articles.size(),
                Measure.loadAverage());
        for (int s = 0; s < names.length; s++) {
            System.out.printf("  %-16s %7.3f ms/article %5.1f %%%n", names[s], best[s] / 1e6 / articles.size(),
                    100.0 * best[s] / sum);
        }
        // allocation drives the garbage collector's share of the process's CPU; it does not vary between rounds
        com.sun.management.ThreadMXBean alloc = (com.sun.management.ThreadMXBean) mx;
        long[] bytes = perStep(articles, steps, alloc::getCurrentThreadAllocatedBytes);
        long allBytes = 0;
        for (long b : bytes) {
            allBytes += b;
        }
        System.out.printf("allocated: %,.1f kB per article%n", allBytes / 1024.0 / articles.size());
        for (int s = 0; s < names.length; s++) {
            System.out.printf("  %-16s %8.1f kB/article%n", names[s], bytes[s] / 1024.0 / articles.size());
        }
    }

    private record Steps(TextAnalyzer text, EntityRecognizer ner, EntityLinker linker, QuoteExtractor quotes,
                         DateRecognizer dates, QuantityRecognizer quantities) {
    }

    /** What {@code counter} (CPU time, bytes allocated) grew by in each step, summed over the articles. */
    private static long[] perStep(List<Article> articles, Steps s, java.util.function.LongSupplier counter) {
        long[] sum = new long[6];
        long[] at = new long[7];
        for (Article a : articles) {
            at[0] = counter.getAsLong();
            AnalyzedText text = s.text().analyze(a);
            at[1] = counter.getAsLong();
            List<EntityMention> mentions = s.ner().recognize(text);
            at[2] = counter.getAsLong();
            List<Entity> entities = s.linker().link(text, mentions);
            at[3] = counter.getAsLong();
            s.quotes().extract(text, entities);
            at[4] = counter.getAsLong();
            List<DateExpression> ds = s.dates().recognize(text);
            at[5] = counter.getAsLong();
            s.quantities().recognize(text, ds); // as the pipeline does: with the dates found before
            at[6] = counter.getAsLong();
            for (int k = 0; k < 6; k++) {
                sum[k] += at[k + 1] - at[k];
            }
        }
        return sum;
    }
}
