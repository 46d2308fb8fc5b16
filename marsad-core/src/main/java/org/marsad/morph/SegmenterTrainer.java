package org.marsad.morph;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.marsad.io.ArticleReader;
import org.marsad.io.ArticleSink;
import org.marsad.io.InputProblem;
import org.marsad.model.Article;
import org.marsad.model.Field;
import org.marsad.model.TokenKind;
import org.marsad.text.TokenSequence;
import org.marsad.text.Tokenizer;

/**
 * Trains a {@link SegmenterModel}: word counts from unlabeled news, then an averaged perceptron that ranks the
 * candidate analyses of every treebank token. The memo and gold-stem features are computed jackknifed (each
 * fold sees the memo of the other folds) so the ranker learns how far to trust them on unseen tokens.
 * Deterministic for the same inputs.
 */
public final class SegmenterTrainer {
    /** Training settings. */
    public record Settings(int minWordCount, int epochs, int folds, long seed, boolean learnUnanalysed,
            boolean repairRepeatedForms) {
        public static Settings defaults() {
            return new Settings(2, 12, 5, 42, true, true);
        }
    }

    private final Settings settings;
    private final PrintWriter log;

    public SegmenterTrainer(Settings settings, PrintWriter log) {
        this.settings = settings;
        this.log = log;
    }

    /** Counts folded Arabic word forms in articles (titles and texts). */
    public static Map<String, int[]> countWords(List<Path> corpus, PrintWriter log) {
        Map<String, int[]> counts = new HashMap<>(1 << 20);
        Tokenizer tokenizer = new Tokenizer();
        long[] seen = new long[2];
        new ArticleReader().read(corpus, new ArticleSink() {
            @Override
            public void article(Article a) {
                for (Field f : Field.values()) {
                    String s = a.field(f);
                    if (s == null || s.isEmpty()) {
                        continue;
                    }
                    TokenSequence ts = tokenizer.tokenize(s, f);
                    for (int i = 0; i < ts.size(); i++) {
                        if (ts.kind(i) != TokenKind.ARABIC) {
                            continue;
                        }
                        String k = Clitics.fold(s.subSequence(ts.start(i), ts.end(i)));
                        if (k != null && !k.isEmpty() && k.length() <= Segmentation.MAX_LETTERS) {
                            counts.computeIfAbsent(k, x -> new int[1])[0]++;
                            seen[1]++;
                        }
                    }
                }
                seen[0]++;
            }

            @Override
            public void problem(InputProblem problem) {
                log.println("skipped " + problem);
            }
        });
        log.printf("corpus: %,d articles, %,d Arabic words, %,d distinct forms%n", seen[0], seen[1], counts.size());
        return counts;
    }

    /** One training token: folded letters and its gold analysis. */
    record Example(String letters, int pl, int sl, int fold, boolean unanalysed) {
    }

    /**
     * The gold analysis of a token as (proclitic letters, enclitic letters), or null when the token's words
     * do not fit the clitic inventory (two pronouns, an interrogative {@code أ}, a non-Arabic word).
     */
    static int[] goldAnalysis(GoldSentence.Token t) {
        List<String> w = t.words();
        int n = w.size();
        String[] f = new String[n];
        for (int i = 0; i < n; i++) {
            f[i] = Clitics.fold(w.get(i));
            if (f[i] == null) {
                return null;
            }
        }
        int last = n;
        int sl = 0;
        if (n >= 2 && Clitics.suffixId(f[n - 1]) > 0) {
            sl = f[n - 1].length();
            last = n - 1;
        }
        int pro = 0;
        while (pro < last - 1 && f[pro].length() == 1 && Segmenter.isProcliticLetter(f[pro].charAt(0))) {
            pro++;
        }
        if (pro != last - 1) {
            return null;
        }
        if (sl > 0 && f[pro].length() == 1 && (f[pro].charAt(0) == Clitics.WAW || f[pro].charAt(0) == Clitics.FEH)) {
            // a conjunction before a free pronoun (و + هم): the same cut as a proclitic before the word هم
            return new int[] {pro + 1, 0};
        }
        return new int[] {pro, sl};
    }

    public SegmenterModel train(List<GoldSentence> gold, Map<String, int[]> wordCounts, String provenance) {
        Lexicon.Builder wb = new Lexicon.Builder();
        wordCounts.entrySet().stream()
                .filter(e -> e.getValue()[0] >= settings.minWordCount())
                .sorted(Map.Entry.<String, int[]>comparingByValue((a, b) -> Integer.compare(b[0], a[0]))
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> wb.put(e.getKey(), e.getValue()[0]));
        Lexicon words = wb.build();
        log.printf("lexicon: %,d forms seen at least %d times%n", words.size(), settings.minWordCount());

        List<Example> examples = new ArrayList<>();
        List<Example> unanalysedForms = new ArrayList<>();
        int skipped = 0;
        int unanalysed = 0;
        for (int s = 0; s < gold.size(); s++) {
            for (GoldSentence.Token t : gold.get(s).tokens()) {
                String letters = Clitics.fold(t.surface());
                if (t.unanalysed() && letters != null && !letters.isEmpty()) {
                    unanalysedForms.add(new Example(letters, 0, 0, s % settings.folds(), true));
                }
                if (t.unanalysed() && !settings.learnUnanalysed()) {
                    // the treebank's analyser left it alone: its (missing) split says nothing about Arabic
                    unanalysed++;
                    continue;
                }
                if (letters == null || letters.length() < 2 || letters.length() > Segmentation.MAX_LETTERS) {
                    continue;
                }
                int[] a = goldAnalysis(t);
                if (a == null || a[0] + a[1] >= letters.length()) {
                    skipped++;
                    continue;
                }
                examples.add(new Example(letters, a[0], a[1], s % settings.folds(), t.unanalysed()));
            }
        }
        log.printf("treebank: %,d Arabic tokens to learn from, %,d outside the clitic inventory, %,d unanalysed left out%n",
                examples.size(), skipped, unanalysed);

        Lexicon[] memos = new Lexicon[settings.folds()];
        Lexicon[] stemLexicons = new Lexicon[settings.folds()];
        Lexicon[] unanalysedLexicons = new Lexicon[settings.folds()];
        for (int k = 0; k < settings.folds(); k++) {
            final int held = k;
            memos[k] = memo(examples.stream().filter(e -> e.fold() != held).toList());
            stemLexicons[k] = stems(examples.stream().filter(e -> e.fold() != held && !e.unanalysed()).toList());
            unanalysedLexicons[k] = stems(unanalysedForms.stream().filter(e -> e.fold() != held).toList());
        }

        // candidate feature vectors, computed once
        List<double[][]> cands = new ArrayList<>();
        List<Integer> goldIndex = new ArrayList<>();
        char[] key = new char[Segmentation.MAX_LETTERS + 4];
        SegmentFeatures.Vector vec = new SegmentFeatures.Vector();
        int unreachable = 0;
        for (Example e : examples) {
            char[] l = e.letters().toCharArray();
            int n = l.length;
            int tokenCount = words.get(l, 0, n, 0);
            int memo = memos[e.fold()].get(l, 0, n, -1);
            List<double[]> fs = new ArrayList<>();
            int g = -1;
            for (int pi = 0; pi < Clitics.PREFIXES.length; pi++) {
                String p = Clitics.PREFIXES[pi];
                if (!e.letters().startsWith(p)) {
                    continue;
                }
                for (int si = 0; si < Clitics.SUFFIXES.length; si++) {
                    String sfx = Clitics.SUFFIXES[si];
                    if (!e.letters().endsWith(sfx) || !Segmenter.allowed(l, n, pi, si)) {
                        continue;
                    }
                    SegmentFeatures.extract(words, stemLexicons[e.fold()], unanalysedLexicons[e.fold()], l, n, pi, p.length(), si, sfx.length(),
                            tokenCount, memo, key, vec);
                    double[] f = vec.toDense();
                    if (p.length() == e.pl() && sfx.length() == e.sl()) {
                        g = fs.size();
                    }
                    fs.add(f);
                }
            }
            if (g < 0) {
                unreachable++;
                continue;
            }
            if (fs.size() > 1) {
                cands.add(fs.toArray(new double[0][]));
                goldIndex.add(g);
            }
        }
        log.printf("ranking: %,d ambiguous tokens, %,d with the gold analysis outside the candidates%n", cands.size(), unreachable);

        double[] w = perceptron(cands, goldIndex);
        return new SegmenterModel(words, memo(examples), stems(examples.stream().filter(e -> !e.unanalysed()).toList()),
                stems(unanalysedForms), w, provenance);
    }

    private double[] perceptron(List<double[][]> cands, List<Integer> gold) {
        int d = SegmentFeatures.COUNT;
        double[] w = new double[d];
        double[] sum = new double[d];
        long c = 1;
        Integer[] order = new Integer[cands.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random rnd = new Random(settings.seed());
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            java.util.Collections.shuffle(java.util.Arrays.asList(order), rnd);
            int errors = 0;
            for (int idx : order) {
                double[][] fs = cands.get(idx);
                int best = 0;
                double bs = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < fs.length; j++) {
                    double s = dot(w, fs[j]);
                    if (s > bs) {
                        bs = s;
                        best = j;
                    }
                }
                int g = gold.get(idx);
                if (best != g) {
                    errors++;
                    for (int k = 0; k < d; k++) {
                        double delta = fs[g][k] - fs[best][k];
                        w[k] += delta;
                        sum[k] += c * delta;
                    }
                }
                c++;
            }
            log.printf("epoch %d: %,d ranking errors%n", epoch + 1, errors);
        }
        double[] avg = new double[d];
        for (int k = 0; k < d; k++) {
            avg[k] = w[k] - sum[k] / c;
        }
        return avg;
    }

    static double dot(double[] w, double[] f) {
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            s += w[i] * f[i];
        }
        return s;
    }

    private static Lexicon memo(List<Example> examples) {
        Map<String, Map<Integer, Integer>> m = new HashMap<>();
        for (Example e : examples) {
            m.computeIfAbsent(e.letters(), x -> new HashMap<>()).merge(e.pl() << 4 | e.sl(), 1, Integer::sum);
        }
        Lexicon.Builder b = new Lexicon.Builder();
        m.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(en -> {
            int bestA = -1;
            int bestC = -1;
            for (var a : en.getValue().entrySet()) {
                if (a.getValue() > bestC || (a.getValue() == bestC && a.getKey() < bestA)) {
                    bestC = a.getValue();
                    bestA = a.getKey();
                }
            }
            b.put(en.getKey(), SegmenterModel.memoValue(bestC, bestA >> 4, bestA & 0xF));
        });
        return b.build();
    }

    private static Lexicon stems(List<Example> examples) {
        Map<String, Integer> m = new HashMap<>();
        for (Example e : examples) {
            m.merge(e.letters().substring(e.pl(), e.letters().length() - e.sl()), 1, Integer::sum);
        }
        Lexicon.Builder b = new Lexicon.Builder();
        m.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(en -> b.put(en.getKey(), en.getValue()));
        return b.build();
    }

    /** Reads the treebank files and trains; the convenience entry of {@code marsad train morph}. */
    public SegmenterModel train(List<Path> treebank, List<Path> corpus, String provenance) throws IOException {
        return train(readAll(treebank), countWords(corpus, log), provenance);
    }

    /** Reads treebank files as the settings say (repairing PADT v1.3's repeated forms by default). */
    public List<GoldSentence> readAll(List<Path> treebank) throws IOException {
        return readAll(treebank, settings.repairRepeatedForms());
    }

    public List<GoldSentence> readAll(List<Path> treebank, boolean repairRepeatedForms) throws IOException {
        List<GoldSentence> gold = new ArrayList<>();
        for (Path p : treebank) {
            gold.addAll(ConlluSegmentations.read(p, repairRepeatedForms));
        }
        log.printf("treebank: %,d sentences from %s%s%n", gold.size(), treebank,
                repairRepeatedForms ? " (repeated unanalysed forms repaired)" : "");
        return gold;
    }
}
