package org.marsad.ner;

/**
 * First-order Viterbi over {@link NerTags} with IOB2 constraints (no I-X after O or after another
 * type). Scores are emission {@code [i * T + tag]} plus transition {@code [(prev + 1) * T + tag]},
 * where row 0 of the transitions is the sentence start.
 */
final class Viterbi {
    static final int T = NerTags.COUNT;
    private static final boolean[] ALLOWED = new boolean[(T + 1) * T];
    /**
     * The tags allowed before each tag, in increasing order, one tag's after the other's: an I- tag has two,
     * so most of the T×T work is skipped. Tag {@code t}'s lie at {@code [PREDECESSOR_END[t - 1], PREDECESSOR_END[t])}.
     */
    private static final int[] PREDECESSORS;
    private static final int[] PREDECESSOR_END = new int[T];

    static {
        for (int p = -1; p < T; p++) {
            for (int t = 0; t < T; t++) {
                ALLOWED[(p + 1) * T + t] = NerTags.allowed(p, t);
            }
        }
        int[] preds = new int[T * T];
        int m = 0;
        for (int t = 0; t < T; t++) {
            for (int p = 0; p < T; p++) {
                if (ALLOWED[(p + 1) * T + t]) {
                    preds[m++] = p;
                }
            }
            PREDECESSOR_END[t] = m;
        }
        PREDECESSORS = java.util.Arrays.copyOf(preds, m);
        // decode() spells these out: every tag before O and B- tags, its own B- and I- before an I- tag
        for (int t = 0, k = 0; t < T; k = PREDECESSOR_END[t++]) {
            int[] expected = NerTags.isInside(t) ? new int[] {t - 1, t} : java.util.stream.IntStream.range(0, T).toArray();
            if (!java.util.Arrays.equals(PREDECESSORS, k, PREDECESSOR_END[t], expected, 0, expected.length)) {
                throw new IllegalStateException("tags allowed before " + NerTags.name(t) + " are not those decode() assumes");
            }
        }
    }

    private Viterbi() {
    }

    /**
     * The transition scores between tags in the order of {@link #PREDECESSORS}: what
     * {@link #decode(float[], float[], float[], int, int[], float[], int[])} reads, computed once per weight set.
     */
    static float[] byPredecessor(float[] transition) {
        float[] out = new float[PREDECESSORS.length];
        int k = 0;
        for (int t = 0; t < T; t++) {
            for (; k < PREDECESSOR_END[t]; k++) {
                out[k] = transition[(PREDECESSORS[k] + 1) * T + t];
            }
        }
        return out;
    }

    /** Best tags for {@code n} tokens into {@code tags}; {@code delta} and {@code back} are scratch of n*T. */
    static void decode(float[] emission, float[] transition, int n, int[] tags, float[] delta, int[] back) {
        decode(emission, transition, byPredecessor(transition), n, tags, delta, back);
    }

    /** The same, with {@code byPredecessor} the {@link #byPredecessor} of {@code transition}. */
    static void decode(float[] emission, float[] transition, float[] byPredecessor, int n, int[] tags, float[] delta,
            int[] back) {
        if (n == 0) {
            return;
        }
        for (int t = 0; t < T; t++) {
            delta[t] = ALLOWED[t] ? emission[t] + transition[t] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            int base = i * T;
            int prevBase = base - T;
            int k = 0;
            for (int t = 0; t < T; t++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                if (NerTags.isInside(t)) {
                    // only its own B- and I- precede an I- tag: two scores, in the order of PREDECESSORS
                    float s = delta[prevBase + t - 1] + byPredecessor[k];
                    if (s > best) {
                        best = s;
                        arg = t - 1;
                    }
                    s = delta[prevBase + t] + byPredecessor[k + 1];
                    if (s > best) {
                        best = s;
                        arg = t;
                    }
                    k += 2;
                } else {
                    // any tag precedes O and B- tags: a loop of constant length, which the compiler unrolls
                    for (int p = 0; p < T; p++) {
                        float s = delta[prevBase + p] + byPredecessor[k + p];
                        if (s > best) {
                            best = s;
                            arg = p;
                        }
                    }
                    k += T;
                }
                delta[base + t] = best + emission[base + t];
                back[base + t] = arg;
            }
        }
        int last = (n - 1) * T;
        int arg = 0;
        for (int t = 1; t < T; t++) {
            if (delta[last + t] > delta[last + arg]) {
                arg = t;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            tags[i] = arg;
            arg = back[i * T + arg];
        }
    }
}
