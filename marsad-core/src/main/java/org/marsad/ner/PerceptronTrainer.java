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

    /** Training settings; the defaults are the ones the shipped model was trained with. */
    public record Options(int epochs, long seed, boolean twoPass, int folds, float prune) {
        public static Options defaults() {
            return new Options(12, 17L, true, 4, 0.05f);
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
        NerWeights first = trainWeights(docs, null, "pass 1");
        if (!options.twoPass()) {
            return new NerTagger(features, first, null);
        }
        List<IntIntMap> docTypes = crossValidatedTypes(docs);
        NerWeights second = trainWeights(docs, docTypes, "pass 2");
        return new NerTagger(features, first, second);
    }

    /** For each document, the stem → type bits a first pass trained without it assigns. */
    private List<IntIntMap> crossValidatedTypes(List<LabeledDocument> docs) {
        int folds = Math.max(2, options.folds());
        List<IntIntMap> out = new ArrayList<>(docs.size());
        for (int d = 0; d < docs.size(); d++) {
            out.add(null);
        }
        for (int f = 0; f < folds; f++) {
            List<LabeledDocument> train = new ArrayList<>();
            for (int d = 0; d < docs.size(); d++) {
                if (d % folds != f) {
                    train.add(docs.get(d));
                }
            }
            NerTagger tagger = new NerTagger(features, trainWeights(train, null, "fold " + (f + 1) + "/" + folds), null);
            NerTagger.Scratch s = new NerTagger.Scratch();
            for (int d = f; d < docs.size(); d += folds) {
                NerDocument doc = docs.get(d).asDocument();
                int[][] tags = tagger.tag(doc);
                IntIntMap seen = new IntIntMap(64);
                for (int k = 0; k < tags.length; k++) {
                    doc.prepare(features, s.ctx, k);
                    NerTagger.collectTypes(s.ctx, tags[k], seen);
                }
                out.set(d, seen);
            }
        }
        return out;
    }

    private NerWeights trainWeights(List<LabeledDocument> docs, List<IntIntMap> docTypes, String name) {
        long t0 = System.nanoTime();
        IntIntMap dict = new IntIntMap(1 << 18);
        List<int[]> gold = new ArrayList<>();
        List<int[]> offsets = new ArrayList<>();
        List<int[]> rows = new ArrayList<>();
        SentenceContext c = new SentenceContext();
        int[] buf = new int[NerFeatures.MAX_FEATURES];
        int[] flat = new int[1024];
        for (int d = 0; d < docs.size(); d++) {
            LabeledDocument doc = docs.get(d);
            NerDocument nd = doc.asDocument();
            for (int k = 0; k < doc.sentences(); k++) {
                nd.prepare(features, c, k);
                if (docTypes != null) {
                    NerTagger.applyDocumentTypes(c, docTypes.get(d));
                }
                int[] off = new int[c.n + 1];
                int m = 0;
                for (int i = 0; i < c.n; i++) {
                    int cnt = features.features(c, i, buf);
                    if (flat.length < m + cnt) {
                        flat = Arrays.copyOf(flat, Math.max(flat.length * 2, m + cnt));
                    }
                    for (int j = 0; j < cnt; j++) {
                        flat[m++] = dict.getOrPut(buf[j], dict.size());
                    }
                    off[i + 1] = m;
                }
                gold.add(doc.tags().get(k));
                offsets.add(off);
                rows.add(Arrays.copyOf(flat, m));
            }
        }
        int nf = dict.size();
        float[] w = new float[nf * T];
        float[] u = new float[nf * T];
        float[] tw = new float[(T + 1) * T];
        float[] tu = new float[(T + 1) * T];
        Integer[] order = new Integer[gold.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random rnd = new Random(options.seed());
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
                int[] g = gold.get(si);
                int[] off = offsets.get(si);
                int[] r = rows.get(si);
                int n = g.length;
                if (emission.length < n * T) {
                    emission = new float[n * T * 2];
                    delta = new float[n * T * 2];
                    back = new int[n * T * 2];
                    pred = new int[n * 2];
                }
                Arrays.fill(emission, 0, n * T, 0f);
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
        NerWeights result = prune(dict, w, tw);
        if (log != null) {
            log.printf("  %s: %,d sentences, %,d features seen, %,d kept, %.1f s%n", name, gold.size(), nf,
                    result.features(), (System.nanoTime() - t0) / 1e9);
            log.flush();
        }
        return result;
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
        return new NerWeights(kept, Arrays.copyOf(out, n * T), tw);
    }
}
