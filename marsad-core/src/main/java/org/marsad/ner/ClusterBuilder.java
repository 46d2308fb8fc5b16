package org.marsad.ner;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.marsad.model.TokenKind;
import org.marsad.text.TokenSequence;

/**
 * Learns word clusters from unlabeled text: counts of the words at ±1 and ±2 (each position its own
 * context) among the most frequent context words, positive PMI with smoothed context probabilities,
 * a randomized truncated SVD, then k-means (cosine) at the finest granularity and agglomeration of the
 * centroids into the coarser ones, so the levels nest. Feed it tokenized text, then {@link #build}.
 */
public final class ClusterBuilder {
    /** Clustering settings. */
    public record Options(int vocabulary, int minCount, int contexts, int dimensions, int[] levels, int iterations,
                          long seed) {
        public static Options defaults() {
            return new Options(80_000, 5, 3000, 100, new int[] {32, 128, 512, 2048}, 8, 7L);
        }
    }

    private static final String NUMBER = "<num>";

    private final Options options;
    private final PrintWriter log;
    private int[] counts = new int[1 << 16];
    private final List<int[]> sentences = new ArrayList<>();
    private final List<String> forms = new ArrayList<>();
    private final Map<String, Integer> ids = new HashMap<>(1 << 20);
    private long tokens;

    public ClusterBuilder(Options options, PrintWriter log) {
        this.options = options;
        this.log = log;
    }

    /** Adds one stretch of tokens (a sentence or a paragraph) of unlabeled text. */
    public void add(TokenSequence ts, int from, int to) {
        int[] seq = new int[to - from];
        String src = ts.source();
        for (int i = from; i < to; i++) {
            TokenKind k = ts.kind(i);
            String w = k == TokenKind.NUMBER || k == TokenKind.DATE ? NUMBER : WordForms.normalize(src, ts.start(i), ts.end(i));
            seq[i - from] = id(w);
        }
        sentences.add(seq);
        tokens += seq.length;
    }

    /** Adds tokens given as strings. */
    public void add(CharSequence[] toks) {
        int[] seq = new int[toks.length];
        for (int i = 0; i < toks.length; i++) {
            seq[i] = id(WordForms.normalize(toks[i]));
        }
        sentences.add(seq);
        tokens += seq.length;
    }

    private int id(String w) {
        Integer id = ids.get(w);
        if (id == null) {
            id = forms.size();
            ids.put(w, id);
            forms.add(w);
            if (id == counts.length) {
                counts = Arrays.copyOf(counts, id * 2);
            }
        }
        counts[id]++;
        return id;
    }

    public long tokens() {
        return tokens;
    }

    /** Runs the clustering; the result maps each kept word to its cluster id at every level. */
    public WordClusters build() {
        long t0 = System.nanoTime();
        int types = forms.size();
        int[] freq = new int[types];
        for (int i = 0; i < types; i++) {
            freq[i] = counts[i];
        }
        Integer[] byFreq = IntStream.range(0, types).boxed().toArray(Integer[]::new);
        Arrays.sort(byFreq, (a, b) -> Integer.compare(freq[b], freq[a]));
        int[] row = new int[types];
        int[] col = new int[types];
        Arrays.fill(row, -1);
        Arrays.fill(col, -1);
        int v = 0;
        for (int k = 0; k < types && v < options.vocabulary() && freq[byFreq[k]] >= options.minCount(); k++) {
            row[byFreq[k]] = v++;
        }
        int nc = Math.min(options.contexts(), types);
        for (int k = 0; k < nc; k++) {
            col[byFreq[k]] = k;
        }
        int cols = 4 * nc;
        // co-occurrence pairs as sorted longs, counted by runs
        long[] pairs = new long[1 << 20];
        int np = 0;
        for (int[] s : sentences) {
            for (int i = 0; i < s.length; i++) {
                int r = row[s[i]];
                if (r < 0) {
                    continue;
                }
                for (int d = -2; d <= 2; d++) {
                    int j = i + d;
                    if (d == 0 || j < 0 || j >= s.length || col[s[j]] < 0) {
                        continue;
                    }
                    int slot = d < 0 ? d + 2 : d + 1;
                    if (np == pairs.length) {
                        pairs = Arrays.copyOf(pairs, pairs.length * 2);
                    }
                    pairs[np++] = (long) r * cols + slot * nc + col[s[j]];
                }
            }
        }
        Arrays.parallelSort(pairs, 0, np);
        int nnz = 0;
        for (int k = 0; k < np; k++) {
            if (k == 0 || pairs[k] != pairs[k - 1]) {
                nnz++;
            }
        }
        int[] rowPtr = new int[v + 1];
        int[] colIdx = new int[nnz];
        float[] val = new float[nnz];
        int z = -1;
        for (int k = 0; k < np; k++) {
            if (k == 0 || pairs[k] != pairs[k - 1]) {
                z++;
                colIdx[z] = (int) (pairs[k] % cols);
                rowPtr[(int) (pairs[k] / cols) + 1]++;
            }
            val[z]++;
        }
        pairs = null;
        for (int r = 0; r < v; r++) {
            rowPtr[r + 1] += rowPtr[r];
        }
        ppmi(rowPtr, colIdx, val, v, cols);
        log("cooccurrence: %,d words x %,d contexts, %,d nonzero (%.1f s)", v, cols, nnz, t0);
        float[][] emb = randomizedSvd(rowPtr, colIdx, val, v, cols, options.dimensions(), t0);
        for (float[] e : emb) {
            normalize(e);
        }
        int[] levels = options.levels();
        int finest = levels[levels.length - 1];
        int[][] assign = new int[levels.length][];
        float[][] centroids = kmeans(emb, null, finest, options.iterations(), options.seed());
        assign[levels.length - 1] = nearest(emb, centroids);
        int[] weight = new int[finest];
        for (int a : assign[levels.length - 1]) {
            weight[a]++;
        }
        for (int l = levels.length - 2; l >= 0; l--) {
            float[][] coarse = kmeans(centroids, weight, levels[l], 20, options.seed() + l);
            int[] ofCentroid = nearest(centroids, coarse);
            int[] a = new int[v];
            for (int r = 0; r < v; r++) {
                a[r] = ofCentroid[assign[levels.length - 1][r]];
            }
            assign[l] = a;
        }
        log("k-means at %s (%.1f s)", Arrays.toString(levels), t0);
        List<String> words = new ArrayList<>();
        List<int[]> ids = new ArrayList<>();
        for (int t = 0; t < types; t++) {
            int r = row[t];
            if (r < 0 || forms.get(t).equals(NUMBER)) {
                continue;
            }
            int[] x = new int[levels.length];
            for (int l = 0; l < levels.length; l++) {
                x[l] = assign[l][r];
            }
            words.add(forms.get(t));
            ids.add(x);
        }
        return new WordClusters(levels.clone(), words, ids);
    }

    private static void ppmi(int[] rowPtr, int[] colIdx, float[] val, int rows, int cols) {
        double[] colSum = new double[cols];
        double[] rowSum = new double[rows];
        double total = 0;
        for (int r = 0; r < rows; r++) {
            for (int k = rowPtr[r]; k < rowPtr[r + 1]; k++) {
                rowSum[r] += val[k];
                colSum[colIdx[k]] += val[k];
                total += val[k];
            }
        }
        double smoothed = 0;
        for (int c = 0; c < cols; c++) {
            colSum[c] = Math.pow(colSum[c], 0.75);
            smoothed += colSum[c];
        }
        for (int r = 0; r < rows; r++) {
            for (int k = rowPtr[r]; k < rowPtr[r + 1]; k++) {
                double pmi = Math.log(val[k] / total / (rowSum[r] / total * colSum[colIdx[k]] / smoothed));
                val[k] = (float) Math.max(0, pmi);
            }
        }
    }

    /** Halko et al.: range finder with one power iteration, then the SVD of the small projected matrix. */
    private float[][] randomizedSvd(int[] rowPtr, int[] colIdx, float[] val, int rows, int cols, int k, long t0) {
        int l = k + 20;
        Random rnd = new Random(options.seed());
        double[][] omega = new double[cols][l];
        for (double[] o : omega) {
            for (int j = 0; j < l; j++) {
                o[j] = rnd.nextGaussian();
            }
        }
        double[][] y = times(rowPtr, colIdx, val, rows, omega, l);
        orthonormalize(y, l);
        double[][] z = transposeTimes(rowPtr, colIdx, val, rows, cols, y, l);
        orthonormalize(z, l);
        y = times(rowPtr, colIdx, val, rows, z, l);
        orthonormalize(y, l);
        // B = Qᵀ A (l x cols) kept as its transpose; its Gram matrix B Bᵀ gives U_B and the singular values
        double[][] bt = transposeTimes(rowPtr, colIdx, val, rows, cols, y, l);
        double[][] gram = new double[l][l];
        for (double[] b : bt) {
            for (int i = 0; i < l; i++) {
                double bi = b[i];
                if (bi == 0) {
                    continue;
                }
                for (int j = i; j < l; j++) {
                    gram[i][j] += bi * b[j];
                }
            }
        }
        for (int i = 0; i < l; i++) {
            for (int j = 0; j < i; j++) {
                gram[i][j] = gram[j][i];
            }
        }
        double[] eig = new double[l];
        double[][] vecs = jacobi(gram, eig);
        Integer[] order = IntStream.range(0, l).boxed().toArray(Integer[]::new);
        Arrays.sort(order, (a, b) -> Double.compare(eig[b], eig[a]));
        float[][] emb = new float[rows][k];
        for (int r = 0; r < rows; r++) {
            double[] q = y[r];
            for (int c = 0; c < k; c++) {
                int e = order[c];
                double s = 0;
                for (int i = 0; i < l; i++) {
                    s += q[i] * vecs[i][e];
                }
                // U·sqrt(Σ): singular value weighting that works well for word similarity
                emb[r][c] = (float) (s * Math.pow(Math.max(eig[e], 0), 0.25));
            }
        }
        log("randomized SVD to %d dimensions (%.1f s)", k, t0);
        return emb;
    }

    private static double[][] times(int[] rowPtr, int[] colIdx, float[] val, int rows, double[][] m, int l) {
        double[][] out = new double[rows][l];
        IntStream.range(0, rows).parallel().forEach(r -> {
            double[] o = out[r];
            for (int k = rowPtr[r]; k < rowPtr[r + 1]; k++) {
                double x = val[k];
                double[] mr = m[colIdx[k]];
                for (int j = 0; j < l; j++) {
                    o[j] += x * mr[j];
                }
            }
        });
        return out;
    }

    private static double[][] transposeTimes(int[] rowPtr, int[] colIdx, float[] val, int rows, int cols, double[][] m,
                                             int l) {
        double[][] out = new double[cols][l];
        for (int r = 0; r < rows; r++) {
            double[] mr = m[r];
            for (int k = rowPtr[r]; k < rowPtr[r + 1]; k++) {
                double x = val[k];
                double[] o = out[colIdx[k]];
                for (int j = 0; j < l; j++) {
                    o[j] += x * mr[j];
                }
            }
        }
        return out;
    }

    /** Modified Gram-Schmidt over the columns of a tall matrix stored by rows. */
    private static void orthonormalize(double[][] m, int l) {
        int n = m.length;
        for (int j = 0; j < l; j++) {
            for (int p = 0; p < j; p++) {
                double dot = 0;
                for (double[] r : m) {
                    dot += r[j] * r[p];
                }
                for (double[] r : m) {
                    r[j] -= dot * r[p];
                }
            }
            double norm = 0;
            for (double[] r : m) {
                norm += r[j] * r[j];
            }
            norm = Math.sqrt(norm);
            if (norm < 1e-12) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                m[i][j] /= norm;
            }
        }
    }

    /** Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations; columns of the result are vectors. */
    private static double[][] jacobi(double[][] a0, double[] eig) {
        int n = a0.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = a0[i].clone();
        }
        double[][] v = new double[n][n];
        for (int i = 0; i < n; i++) {
            v[i][i] = 1;
        }
        for (int sweep = 0; sweep < 60; sweep++) {
            double off = 0;
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    off += a[p][q] * a[p][q];
                }
            }
            if (off < 1e-18) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (Math.abs(a[p][q]) < 1e-300) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int k = 0; k < n; k++) {
                        double akp = a[k][p];
                        double akq = a[k][q];
                        a[k][p] = c * akp - s * akq;
                        a[k][q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < n; k++) {
                        double apk = a[p][k];
                        double aqk = a[q][k];
                        a[p][k] = c * apk - s * aqk;
                        a[q][k] = s * apk + c * aqk;
                    }
                    for (int k = 0; k < n; k++) {
                        double vkp = v[k][p];
                        double vkq = v[k][q];
                        v[k][p] = c * vkp - s * vkq;
                        v[k][q] = s * vkp + c * vkq;
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            eig[i] = a[i][i];
        }
        return v;
    }

    private static void normalize(float[] e) {
        double n = 0;
        for (float x : e) {
            n += x * x;
        }
        n = Math.sqrt(n);
        if (n > 0) {
            for (int i = 0; i < e.length; i++) {
                e[i] /= n;
            }
        }
    }

    /** Spherical k-means; {@code weight} (may be null) weighs the points. Centroids start at spread points. */
    private static float[][] kmeans(float[][] x, int[] weight, int k, int iterations, long seed) {
        int n = x.length;
        int d = x[0].length;
        k = Math.min(k, n);
        Random rnd = new Random(seed);
        float[][] c = new float[k][];
        int[] perm = IntStream.range(0, n).toArray();
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        for (int j = 0; j < k; j++) {
            c[j] = x[perm[j]].clone();
        }
        int[] a = new int[n];
        for (int it = 0; it < iterations; it++) {
            a = nearest(x, c);
            float[][] sum = new float[k][d];
            for (int i = 0; i < n; i++) {
                float w = weight == null ? 1 : weight[i];
                float[] s = sum[a[i]];
                for (int j = 0; j < d; j++) {
                    s[j] += w * x[i][j];
                }
            }
            for (int j = 0; j < k; j++) {
                double norm = 0;
                for (float f : sum[j]) {
                    norm += f * f;
                }
                if (norm == 0) {
                    c[j] = x[rnd.nextInt(n)].clone(); // an empty cluster restarts at a random point
                } else {
                    normalize(sum[j]);
                    c[j] = sum[j];
                }
            }
        }
        return c;
    }

    private static int[] nearest(float[][] x, float[][] c) {
        int[] a = new int[x.length];
        IntStream.range(0, x.length).parallel().forEach(i -> {
            float[] xi = x[i];
            float best = Float.NEGATIVE_INFINITY;
            int arg = 0;
            for (int j = 0; j < c.length; j++) {
                float[] cj = c[j];
                float s0 = 0;
                float s1 = 0;
                float s2 = 0;
                float s3 = 0;
                int t = 0;
                for (; t + 3 < xi.length; t += 4) {
                    s0 += xi[t] * cj[t];
                    s1 += xi[t + 1] * cj[t + 1];
                    s2 += xi[t + 2] * cj[t + 2];
                    s3 += xi[t + 3] * cj[t + 3];
                }
                for (; t < xi.length; t++) {
                    s0 += xi[t] * cj[t];
                }
                float s = s0 + s1 + s2 + s3;
                if (s > best) {
                    best = s;
                    arg = j;
                }
            }
            a[i] = arg;
        });
        return a;
    }

    private void log(String fmt, Object a, long t0) {
        if (log != null) {
            log.printf(fmt + "%n", a, (System.nanoTime() - t0) / 1e9);
            log.flush();
        }
    }

    private void log(String fmt, Object a, Object b, Object c, long t0) {
        if (log != null) {
            log.printf(fmt + "%n", a, b, c, (System.nanoTime() - t0) / 1e9);
            log.flush();
        }
    }
}
