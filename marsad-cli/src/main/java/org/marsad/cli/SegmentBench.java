package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.io.ArticleReader;
import org.marsad.model.Article;
import org.marsad.model.Field;
import org.marsad.model.TokenKind;
import org.marsad.morph.Segmentation;
import org.marsad.morph.Segmenter;
import org.marsad.sample.SampleCorpus;
import org.marsad.text.TokenSequence;
import org.marsad.text.Tokenizer;

/** {@code marsad segment --bench}: words per second of the segmenter alone, on one thread, over real news. */
final class SegmentBench {
    private final Segmenter segmenter;
    private final List<Path> paths;
    private final int limit;
    private final int seconds;

    SegmentBench(Segmenter segmenter, List<Path> paths, int limit, int seconds) {
        this.segmenter = segmenter;
        this.paths = paths;
        this.limit = limit;
        this.seconds = seconds;
    }

    int run(PrintWriter out) {
        List<Path> from = new ArrayList<>(paths);
        if (from.isEmpty() && Files.isDirectory(Path.of("..", "shared", "data", "corpus"))) {
            from.add(Path.of("..", "shared", "data", "corpus"));
        }
        ArticleReader.Result r = new ArticleReader.Result(new ArrayList<>(), new ArrayList<>());
        if (from.isEmpty()) {
            SampleCorpus.read(new ArticleReader(), r);
        } else {
            new ArticleReader().read(from, r);
        }
        List<Article> articles = r.articles().size() > limit ? r.articles().subList(0, limit) : r.articles();
        // tokens held in memory as (text, start, end): the benchmark times segmentation only
        List<String> texts = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        Tokenizer tokenizer = new Tokenizer();
        long words = 0;
        long arabic = 0;
        for (Article a : articles) {
            for (Field f : Field.values()) {
                String s = a.field(f);
                TokenSequence ts = tokenizer.tokenize(s, f);
                int[] sp = new int[ts.size() * 2];
                int k = 0;
                for (int i = 0; i < ts.size(); i++) {
                    if (ts.kind(i) == TokenKind.ARABIC) {
                        sp[k++] = ts.start(i);
                        sp[k++] = ts.end(i);
                        arabic++;
                    }
                }
                words += ts.size();
                texts.add(s);
                spans.add(java.util.Arrays.copyOf(sp, k));
            }
        }
        if (arabic == 0) {
            out.println("marsad segment --bench: no Arabic words to measure");
            return ExitCodes.FAILURE;
        }
        out.printf("corpus: %,d articles, %,d tokens, %,d Arabic words; one thread%n", articles.size(), words, arabic);
        Segmentation seg = new Segmentation();
        measure(texts, spans, seg, Math.max(1, seconds / 3)); // warm-up
        long[] res = measure(texts, spans, seg, seconds);
        double secs = res[0] / 1e9;
        double cpu = res[4] / 1e9;
        out.printf("segmented %,d Arabic words into %,d words (%.1f%% of them split) in %.1f s wall, %.1f s CPU%n",
                res[1], res[2], 100.0 * res[3] / res[1], secs, cpu);
        out.printf("%,.0f words/s per CPU-second of the thread (%,.0f words/s wall clock)%n", res[1] / cpu, res[1] / secs);
        out.flush();
        return ExitCodes.OK;
    }

    private long[] measure(List<String> texts, List<int[]> spans, Segmentation seg, int secs) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long deadline = System.nanoTime() + secs * 1_000_000_000L;
        long start = System.nanoTime();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long in = 0;
        long outWords = 0;
        long split = 0;
        while (System.nanoTime() < deadline) {
            for (int t = 0; t < texts.size(); t++) {
                String s = texts.get(t);
                int[] sp = spans.get(t);
                for (int k = 0; k < sp.length; k += 2) {
                    segmenter.segment(s, sp[k], sp[k + 1], seg);
                    outWords += seg.size();
                    if (seg.size() > 1) {
                        split++;
                    }
                }
                in += sp.length / 2;
            }
        }
        return new long[] {System.nanoTime() - start, in, outWords, split, mx.getCurrentThreadCpuTime() - cpu0};
    }
}
