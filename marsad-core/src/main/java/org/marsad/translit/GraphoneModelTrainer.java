package org.marsad.translit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trains a {@link GraphoneModel}: aligns the pairs ({@link GraphoneAligner}), counts graphone n-grams
 * and smooths them by interpolated Kneser–Ney (one discount per order, D = n1 / (n1 + 2 n2)); lower
 * orders count the distinct left neighbours of an n-gram, except n-grams starting at the word start,
 * which keep their counts. The result is written in backoff form. Deterministic.
 */
public final class GraphoneModelTrainer {
    private final int order;
    private final int emIterations;
    private final int minGraphoneCount;

    /** {@code minGraphoneCount}: graphones aligned fewer times are dropped, with the pairs that need them. */
    public GraphoneModelTrainer(int order, int emIterations, int minGraphoneCount) {
        if (order < 1 || order > GraphoneModel.MAX_ORDER) {
            throw new IllegalArgumentException("order must be 1.." + GraphoneModel.MAX_ORDER + ": " + order);
        }
        this.order = order;
        this.emIterations = emIterations;
        this.minGraphoneCount = minGraphoneCount;
    }

    /** Aligns and trains; {@code provenance} is stored in the model. */
    public GraphoneModel train(List<NamePair> pairs, String provenance) {
        GraphoneAligner aligner = new GraphoneAligner();
        aligner.train(pairs, emIterations);
        if (minGraphoneCount > 1) {
            aligner.prune(pairs, minGraphoneCount);
            aligner.iterate(pairs, 2);
        }
        List<List<Graphone>> sequences = new ArrayList<>(pairs.size());
        for (NamePair p : pairs) {
            List<Graphone> s = aligner.align(p);
            if (s != null) {
                sequences.add(s);
            }
        }
        return fromSequences(sequences, provenance);
    }

    /** Trains the n-gram model on already segmented words. */
    public GraphoneModel fromSequences(List<List<Graphone>> sequences, String provenance) {
        TreeMap<Graphone, Integer> inventory = new TreeMap<>(
                (x, y) -> x.arabic().equals(y.arabic()) ? x.latin().compareTo(y.latin()) : x.arabic().compareTo(y.arabic()));
        for (List<Graphone> s : sequences) {
            for (Graphone g : s) {
                inventory.put(g, 0);
            }
        }
        int next = GraphoneModel.EOS + 1;
        for (Map.Entry<Graphone, Integer> e : inventory.entrySet()) {
            e.setValue(next++);
        }
        String[] arabic = new String[next];
        String[] latin = new String[next];
        arabic[GraphoneModel.BOS] = "<s>";
        latin[GraphoneModel.BOS] = "";
        arabic[GraphoneModel.EOS] = "</s>";
        latin[GraphoneModel.EOS] = "";
        inventory.forEach((g, id) -> {
            arabic[id] = g.arabic();
            latin[id] = g.latin();
        });

        // raw counts per order (index k-1)
        List<Map<Long, Integer>> raw = new ArrayList<>();
        for (int k = 0; k < order; k++) {
            raw.add(new HashMap<>());
        }
        for (List<Graphone> s : sequences) {
            int[] t = new int[s.size() + 2];
            t[0] = GraphoneModel.BOS;
            for (int i = 0; i < s.size(); i++) {
                t[i + 1] = inventory.get(s.get(i));
            }
            t[t.length - 1] = GraphoneModel.EOS;
            for (int p = 1; p < t.length; p++) {
                long key = 0;
                for (int k = 1; k <= order && p - k + 1 >= 0; k++) {
                    key |= (long) (t[p - k + 1] + 1) << (GraphoneModel.BITS * (k - 1));
                    raw.get(k - 1).merge(key, 1, Integer::sum);
                }
            }
        }
        // Kneser-Ney counts
        List<Map<Long, Integer>> kn = new ArrayList<>();
        for (int k = 1; k <= order; k++) {
            if (k == order) {
                kn.add(raw.get(k - 1));
                continue;
            }
            Map<Long, Integer> c = new HashMap<>();
            for (Map.Entry<Long, Integer> e : raw.get(k - 1).entrySet()) {
                if (first(e.getKey(), k) == GraphoneModel.BOS) {
                    c.put(e.getKey(), e.getValue());
                }
            }
            long suffixMask = (1L << (GraphoneModel.BITS * k)) - 1;
            for (Long longer : raw.get(k).keySet()) {
                long suffix = longer & suffixMask;
                c.merge(suffix, 1, Integer::sum);
            }
            kn.add(c);
        }
        int vocabulary = next - 1; // everything but BOS can be predicted
        Map<Long, Double> prob = new HashMap<>();
        Map<Long, Double> gamma = new HashMap<>();
        float unknown = 0;
        for (int k = 1; k <= order; k++) {
            Map<Long, Integer> c = kn.get(k - 1);
            double d = discount(c);
            Map<Long, long[]> context = new HashMap<>(); // denominator, types
            for (Map.Entry<Long, Integer> e : c.entrySet()) {
                long[] v = context.computeIfAbsent(e.getKey() >>> GraphoneModel.BITS, x -> new long[2]);
                v[0] += e.getValue();
                v[1]++;
            }
            for (Map.Entry<Long, long[]> e : context.entrySet()) {
                gamma.put(e.getKey(), d * e.getValue()[1] / e.getValue()[0]);
            }
            if (k == 1) {
                long[] v = context.get(0L);
                unknown = (float) Math.log(d * v[1] / v[0] / vocabulary);
            }
            long lowerMask = (1L << (GraphoneModel.BITS * (k - 1))) - 1;
            for (Map.Entry<Long, Integer> e : c.entrySet()) {
                long key = e.getKey();
                long ctx = key >>> GraphoneModel.BITS;
                long[] v = context.get(ctx);
                double lower;
                if (k == 1) {
                    lower = 1.0 / vocabulary;
                } else {
                    long w = key & ((1L << GraphoneModel.BITS) - 1);
                    long shorter = (ctx & (lowerMask >>> GraphoneModel.BITS)) << GraphoneModel.BITS | w;
                    lower = prob.get(shorter);
                }
                prob.put(key, (e.getValue() - d) / v[0] + gamma.get(ctx) * lower);
            }
        }
        // a context must be found to apply its backoff weight, even one never predicted (the word start)
        for (Long ctx : gamma.keySet()) {
            if (ctx != 0) {
                prob.putIfAbsent(ctx, 0.0);
            }
        }
        long[] keys = prob.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        float[] lp = new float[keys.length];
        float[] bo = new float[keys.length];
        for (int i = 0; i < keys.length; i++) {
            lp[i] = (float) Math.log(prob.get(keys[i]));
            Double g = gamma.get(keys[i]);
            bo[i] = g == null ? 0f : (float) Math.log(g);
        }
        return new GraphoneModel(order, arabic, latin, keys, lp, bo, unknown, provenance);
    }

    /** The oldest graphone id of a packed k-gram. */
    private static int first(long key, int k) {
        return (int) ((key >>> (GraphoneModel.BITS * (k - 1))) & ((1L << GraphoneModel.BITS) - 1)) - 1;
    }

    private static double discount(Map<Long, Integer> counts) {
        long n1 = 0;
        long n2 = 0;
        for (int c : counts.values()) {
            if (c == 1) {
                n1++;
            } else if (c == 2) {
                n2++;
            }
        }
        if (n1 == 0 || n2 == 0) {
            return 0.5;
        }
        return Math.min(0.95, Math.max(0.05, (double) n1 / (n1 + 2.0 * n2)));
    }
}
