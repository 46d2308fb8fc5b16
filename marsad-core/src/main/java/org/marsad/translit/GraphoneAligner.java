package org.marsad.translit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Many-to-many monotone alignment of name pairs into graphones (m2m-aligner style): each step
 * joins {@value #MAX_ARABIC} Arabic letter to 0–{@value #MAX_LATIN} Latin letters, and the joint graphone
 * probabilities are fitted by expectation maximisation over all segmentations (forward–backward), then
 * each pair takes its most probable segmentation. One Arabic letter a step keeps the number of factors
 * the same in every segmentation: with two, EM favours the fewest and largest chunks ({@code كارلو →
 * كا/ka ر/ لو/rlo}), and the n-gram context covers Arabic digraphs such as تش anyway.
 */
public final class GraphoneAligner {
    public static final int MAX_ARABIC = 1;
    public static final int MAX_LATIN = 3;

    private final Map<Graphone, Integer> ids = new HashMap<>();
    private final List<Graphone> graphones = new ArrayList<>();
    private double[] prob = new double[0];
    /** Per pair: the graphone id of every lattice edge, in {@link #edges} order. */
    private final Map<NamePair, int[]> lattices = new HashMap<>();

    /** Starts from counts of every possible graphone and runs {@code iterations} EM rounds. */
    public void train(List<NamePair> pairs, int iterations) {
        ids.clear();
        graphones.clear();
        lattices.clear();
        double[] counts = new double[1024];
        for (NamePair p : pairs) {
            int[] lattice = lattice(p);
            for (int g : lattice) {
                if (g >= counts.length) {
                    counts = Arrays.copyOf(counts, Math.max(g + 1, counts.length * 2));
                }
                counts[g]++;
            }
        }
        prob = Arrays.copyOf(counts, graphones.size());
        normalize(prob);
        iterate(pairs, iterations);
    }

    /** More EM rounds from the current probabilities. */
    public void iterate(List<NamePair> pairs, int iterations) {
        for (int it = 0; it < iterations; it++) {
            double[] counts = new double[prob.length];
            for (NamePair p : pairs) {
                expect(p, lattice(p), counts);
            }
            // a floor keeps every graphone still allowed possible
            for (int g = 0; g < prob.length; g++) {
                if (prob[g] > 0) {
                    counts[g] += 1e-6;
                }
            }
            normalize(counts);
            prob = counts;
        }
    }

    /**
     * Forgets graphones used fewer than {@code minCount} times in the best segmentations: they mostly come
     * from misaligned or oddly spelled pairs, which then no longer segment. Returns how many remain.
     */
    public int prune(List<NamePair> pairs, int minCount) {
        int[] used = new int[prob.length];
        for (NamePair p : pairs) {
            for (int g : viterbi(p, lattice(p))) {
                used[g]++;
            }
        }
        int kept = 0;
        for (int g = 0; g < prob.length; g++) {
            if (used[g] < minCount) {
                prob[g] = 0;
            } else {
                kept++;
            }
        }
        normalize(prob);
        return kept;
    }

    /** The most probable segmentation of the pair into graphones, or null when none is possible. */
    public List<Graphone> align(NamePair p) {
        int[] best = viterbi(p, lattice(p));
        if (best.length == 0) {
            return null;
        }
        List<Graphone> out = new ArrayList<>(best.length);
        for (int g : best) {
            out.add(graphones.get(g));
        }
        return out;
    }

    private int[] lattice(NamePair p) {
        int[] l = lattices.get(p);
        if (l == null) {
            List<Integer> edges = new ArrayList<>();
            String a = p.arabic();
            String lat = p.latin();
            int n = a.length();
            int m = lat.length();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j <= m; j++) {
                    for (int di = 1; di <= MAX_ARABIC && i + di <= n; di++) {
                        for (int dj = di == 1 ? 0 : 1; dj <= MAX_LATIN && j + dj <= m; dj++) {
                            Graphone g = new Graphone(a.substring(i, i + di), lat.substring(j, j + dj));
                            Integer id = ids.get(g);
                            if (id == null) {
                                id = graphones.size();
                                ids.put(g, id);
                                graphones.add(g);
                            }
                            edges.add(id);
                        }
                    }
                }
            }
            l = edges.stream().mapToInt(Integer::intValue).toArray();
            lattices.put(p, l);
        }
        return l;
    }

    private double p(int g) {
        return g < prob.length ? prob[g] : 0;
    }

    private void expect(NamePair pair, int[] lattice, double[] counts) {
        int n = pair.arabic().length();
        int m = pair.latin().length();
        double[][] alpha = new double[n + 1][m + 1];
        double[][] beta = new double[n + 1][m + 1];
        int[] start = new int[n * (m + 1) + 1];
        alpha[0][0] = 1;
        int e = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= m; j++) {
                start[i * (m + 1) + j] = e;
                for (int di = 1; di <= MAX_ARABIC && i + di <= n; di++) {
                    for (int dj = di == 1 ? 0 : 1; dj <= MAX_LATIN && j + dj <= m; dj++) {
                        double q = p(lattice[e++]);
                        if (q > 0 && alpha[i][j] > 0) {
                            alpha[i + di][j + dj] += alpha[i][j] * q;
                        }
                    }
                }
            }
        }
        double z = alpha[n][m];
        if (z == 0) {
            return;
        }
        beta[n][m] = 1;
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m; j >= 0; j--) {
                double b = 0;
                e = start[i * (m + 1) + j];
                for (int di = 1; di <= MAX_ARABIC && i + di <= n; di++) {
                    for (int dj = di == 1 ? 0 : 1; dj <= MAX_LATIN && j + dj <= m; dj++) {
                        double q = p(lattice[e++]);
                        if (q > 0) {
                            b += q * beta[i + di][j + dj];
                        }
                    }
                }
                beta[i][j] = b;
            }
        }
        e = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= m; j++) {
                for (int di = 1; di <= MAX_ARABIC && i + di <= n; di++) {
                    for (int dj = di == 1 ? 0 : 1; dj <= MAX_LATIN && j + dj <= m; dj++) {
                        int g = lattice[e++];
                        double q = p(g);
                        if (q > 0 && alpha[i][j] > 0) {
                            counts[g] += alpha[i][j] * q * beta[i + di][j + dj] / z;
                        }
                    }
                }
            }
        }
    }

    /** Graphone ids of the best segmentation, empty when there is none. */
    private int[] viterbi(NamePair pair, int[] lattice) {
        int n = pair.arabic().length();
        int m = pair.latin().length();
        double[][] best = new double[n + 1][m + 1];
        int[][] backI = new int[n + 1][m + 1];
        int[][] backJ = new int[n + 1][m + 1];
        int[][] backG = new int[n + 1][m + 1];
        for (double[] row : best) {
            Arrays.fill(row, Double.NEGATIVE_INFINITY);
        }
        best[0][0] = 0;
        int e = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= m; j++) {
                for (int di = 1; di <= MAX_ARABIC && i + di <= n; di++) {
                    for (int dj = di == 1 ? 0 : 1; dj <= MAX_LATIN && j + dj <= m; dj++) {
                        int g = lattice[e++];
                        double q = p(g);
                        if (q <= 0 || best[i][j] == Double.NEGATIVE_INFINITY) {
                            continue;
                        }
                        double s = best[i][j] + Math.log(q);
                        if (s > best[i + di][j + dj]) {
                            best[i + di][j + dj] = s;
                            backI[i + di][j + dj] = i;
                            backJ[i + di][j + dj] = j;
                            backG[i + di][j + dj] = g;
                        }
                    }
                }
            }
        }
        if (best[n][m] == Double.NEGATIVE_INFINITY) {
            return new int[0];
        }
        List<Integer> out = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0) {
            out.add(backG[i][j]);
            int pi = backI[i][j];
            j = backJ[i][j];
            i = pi;
        }
        Collections.reverse(out);
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void normalize(double[] v) {
        double total = 0;
        for (double x : v) {
            total += x;
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= total;
        }
    }
}
