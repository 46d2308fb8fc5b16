package org.marsad.ner;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Averaged structured perceptron (Collins 2002) over {@link NerFeatures} with first-order Viterbi.
 * With {@code twoPass}, a second weight set is trained on document features that come from
 * cross-validated first-pass tags, so training sees the same kind of (imperfect) first pass as tagging.
 */
public final class PerceptronTrainer {
    static final int T = NerTags.COUNT;

    /**
     * Training settings; the defaults are the ones the shipped model was trained with. Each weight set
     * is the mean of {@code runs} averaged perceptrons that differ only in the order they see the
     * sentences (seeds {@code seed}, {@code seed + 7919}, ...): one model, so tagging costs the same.
     */
    public record Options(int epochs, long seed, boolean twoPass, int folds, float prune, int runs) {
        public Options {
            if (runs < 1) {
                throw new IllegalArgumentException("runs must be at least 1, not " + runs);
            }
        }

        public Options(int epochs, long seed, boolean twoPass, int folds, float prune) {
            this(epochs, seed, twoPass, folds, prune, 1);
        }

        public static Options defaults() {
            return new Options(12, 17L, true, 4, 0.05f, 1);
        }
    }

    private final NerFeatures features;
    private final Options options;
    private final PrintWriter log;

    public PerceptronTrainer(NerFeatures features, Options options, PrintWriter log) {
        this.features = features;
        this.options = options;
        this.log = log;
    }

    public NerTagger train(List<LabeledDocument> docs) {
        NerWeights first = trainWeights(docs, "pass 1");
        if (!options.twoPass()) {
            return new NerTagger(features, first, null);
        }
        NerWeights second = trainSecondPass(docs, first.transitions());
        return new NerTagger(features, first, second);
    }

    /** One training sentence as the perceptron sees it: feature rows per token, gold tags, fixed base scores. */
    private record Example(int[] gold, int[] offsets, int[] rows, float[] base) {
    }

    private NerWeights trainWeights(List<LabeledDocument> docs, String name) {
        long t0 = System.nanoTime();
        IntIntMap dict = new IntIntMap(1 << 18);
        List<Example> examples = new ArrayList<>();
        SentenceContext c = new SentenceContext();
        int[] buf = new int[NerFeatures.MAX_FEATURES];
        Rows rows = new Rows();
        for (LabeledDocument doc : docs) {
            NerDocument nd = doc.asDocument();
            for (int k = 0; k < doc.sentences(); k++) {
                nd.prepare(features, c, k);
                rows.start(c.n);
                for (int i = 0; i < c.n; i++) {
                    rows.token(i, buf, features.features(c, i, buf), dict);
                }
                examples.add(new Example(doc.tags().get(k), rows.offsets, rows.done(), null));
            }
        }
        return perceptron(examples, dict, new float[(T + 1) * T], name, t0);
    }

    /**
     * The second pass stacks on the first: its examples carry first-pass scores from models that did
     * not see their document (cross-validation), so training meets first-pass errors as tagging will.
     */
    private NerWeights trainSecondPass(List<LabeledDocument> docs, float[] firstTransitions) {
        long t0 = System.nanoTime();
        int folds = Math.max(2, options.folds());
        IntIntMap dict = new IntIntMap(1 << 12);
        List<Example> examples = new ArrayList<>();
        int[] buf = new int[NerFeatures.MAX_FEATURES];
        Rows rows = new Rows();
        for (int f = 0; f < folds; f++) {
            List<LabeledDocument> train = new ArrayList<>();
            for (int d = 0; d < docs.size(); d++) {
                if (d % folds != f) {
                    train.add(docs.get(d));
                }
            }
            NerTagger fold = new NerTagger(features, trainWeights(train, "fold " + (f + 1) + "/" + folds), null);
            NerTagger.Scratch s = new NerTagger.Scratch();
            for (int d = f; d < docs.size(); d += folds) {
                LabeledDocument doc = docs.get(d);
                NerTagger.FirstPass fp = fold.firstPass(doc.asDocument(), true, s);
                for (int k = 0; k < doc.sentences(); k++) {
                    int n = fp.tags[k].length;
                    int[] bits = fp.docBits(k);
                    rows.start(n);
                    for (int i = 0; i < n; i++) {
                        rows.token(i, buf, NerFeatures.documentFeatures(bits, fp.shapes[k], fp.tags[k], n, i, buf), dict);
                    }
                    examples.add(new Example(doc.tags().get(k), rows.offsets, rows.done(), fp.emission[k]));
                }
            }
        }
        return perceptron(examples, dict, firstTransitions.clone(), "pass 2", t0);
    }

    /** Collects the feature rows of one sentence. */
    private static final class Rows {
        int[] offsets;
        int[] flat = new int[1024];
        int m;

        void start(int n) {
            offsets = new int[n + 1];
            m = 0;
        }

        void token(int i, int[] hashes, int count, IntIntMap dict) {
            if (flat.length < m + count) {
                flat = Arrays.copyOf(flat, Math.max(flat.length * 2, m + count));
            }
            for (int j = 0; j < count; j++) {
                flat[m++] = dict.getOrPut(hashes[j], dict.size());
            }
            offsets[i + 1] = m;
        }

        int[] done() {
            return Arrays.copyOf(flat, m);
        }
    }

    private NerWeights perceptron(List<Example> examples, IntIntMap dict, float[] transitions, String name, long t0) {
        int nf = dict.size();
        int runs = options.runs();
        float[] w = new float[nf * T];
        float[] tw = new float[transitions.length];
        for (int run = 0; run < runs; run++) {
            float[] rw = new float[nf * T];
            float[] rtw = transitions.clone();
            train(examples, rw, rtw, new Random(options.seed() + 7919L * run), runs == 1 ? name : name + " run " + (run + 1));
            for (int i = 0; i < w.length; i++) {
                w[i] += rw[i] / runs;
            }
            for (int i = 0; i < tw.length; i++) {
                tw[i] += rtw[i] / runs;
            }
        }
        NerWeights result = prune(dict, w, tw);
        if (log != null) {
            log.printf("  %s: %,d sentences, %,d features seen, %,d kept, %.1f s%n", name, examples.size(), nf,
                    result.features(), (System.nanoTime() - t0) / 1e9);
            log.flush();
        }
        return result;
    }

    /** Epochs of perceptron updates in {@code rnd}'s order; leaves the averaged weights in {@code w} and {@code tw}. */
    private void train(List<Example> examples, float[] w, float[] tw, Random rnd, String name) {
        float[] u = new float[w.length];
        float[] tu = new float[tw.length];
        Integer[] order = new Integer[examples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        float[] emission = new float[64 * T];
        float[] delta = new float[64 * T];
        int[] back = new int[64 * T];
        int[] pred = new int[64];
        long step = 1;
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            java.util.Collections.shuffle(Arrays.asList(order), rnd);
            int wrong = 0;
            int tokens = 0;
            for (int si : order) {
                Example ex = examples.get(si);
                int[] g = ex.gold();
                int[] off = ex.offsets();
                int[] r = ex.rows();
                int n = g.length;
                if (emission.length < n * T) {
                    emission = new float[n * T * 2];
                    delta = new float[n * T * 2];
                    back = new int[n * T * 2];
                    pred = new int[n * 2];
                }
                if (ex.base() == null) {
                    Arrays.fill(emission, 0, n * T, 0f);
                } else {
                    System.arraycopy(ex.base(), 0, emission, 0, n * T);
                }
                for (int i = 0; i < n; i++) {
                    for (int j = off[i]; j < off[i + 1]; j++) {
                        int o = r[j] * T;
                        for (int t = 0; t < T; t++) {
                            emission[i * T + t] += w[o + t];
                        }
                    }
                }
                Viterbi.decode(emission, tw, n, pred, delta, back);
                for (int i = 0; i < n; i++) {
                    tokens++;
                    int gp = i == 0 ? -1 : g[i - 1];
                    int pp = i == 0 ? -1 : pred[i - 1];
                    if (g[i] != pred[i]) {
                        wrong++;
                        for (int j = off[i]; j < off[i + 1]; j++) {
                            int o = r[j] * T;
                            w[o + g[i]] += 1;
                            u[o + g[i]] += step;
                            w[o + pred[i]] -= 1;
                            u[o + pred[i]] -= step;
                        }
                    }
                    if (g[i] != pred[i] || gp != pp) {
                        int a = (gp + 1) * T + g[i];
                        int b = (pp + 1) * T + pred[i];
                        tw[a] += 1;
                        tu[a] += step;
                        tw[b] -= 1;
                        tu[b] -= step;
                    }
                }
                step++;
            }
            if (log != null) {
                log.printf("  %s epoch %d: %.2f%% tokens wrong%n", name, epoch + 1, 100.0 * wrong / Math.max(1, tokens));
                log.flush();
            }
        }
        for (int i = 0; i < w.length; i++) {
            w[i] -= u[i] / step;
        }
        for (int i = 0; i < tw.length; i++) {
            tw[i] -= tu[i] / step;
        }
    }

    private NerWeights prune(IntIntMap dict, float[] w, float[] tw) {
        int[][] e = dict.entries();
        IntIntMap kept = new IntIntMap(e[0].length / 2 + 1);
        float[] out = new float[w.length];
        int n = 0;
        for (int k = 0; k < e[0].length; k++) {
            int o = e[1][k] * T;
            float max = 0;
            for (int t = 0; t < T; t++) {
                max = Math.max(max, Math.abs(w[o + t]));
            }
            if (max >= options.prune()) {
                System.arraycopy(w, o, out, n * T, T);
                kept.put(e[0][k], n++);
            }
        }
        return NerWeights.quantize(kept, Arrays.copyOf(out, n * T), tw);
    }
}
