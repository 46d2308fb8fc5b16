package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class ViterbiTest {
    static final int T = NerTags.COUNT;

    @Property(tries = 200)
    void findsTheBestAllowedSequence(@ForAll @IntRange(min = 1, max = 4) int n, @ForAll long seed) {
        Random r = new Random(seed);
        float[] em = new float[n * T];
        float[] tr = new float[(T + 1) * T];
        for (int i = 0; i < em.length; i++) {
            em[i] = (float) r.nextGaussian();
        }
        for (int i = 0; i < tr.length; i++) {
            tr[i] = (float) r.nextGaussian();
        }
        int[] got = new int[n];
        Viterbi.decode(em, tr, n, got, new float[n * T], new int[n * T]);
        // brute force over every allowed sequence
        int[] cur = new int[n];
        float best = Float.NEGATIVE_INFINITY;
        int total = (int) Math.pow(T, n);
        for (int code = 0; code < total; code++) {
            int c = code;
            for (int i = 0; i < n; i++) {
                cur[i] = c % T;
                c /= T;
            }
            if (!valid(cur)) {
                continue;
            }
            best = Math.max(best, score(em, tr, cur));
        }
        assertThat(valid(got)).isTrue();
        assertThat(score(em, tr, got)).isCloseTo(best, org.assertj.core.data.Offset.offset(1e-4f));
    }

    private static boolean valid(int[] tags) {
        for (int i = 0; i < tags.length; i++) {
            if (!NerTags.allowed(i == 0 ? -1 : tags[i - 1], tags[i])) {
                return false;
            }
        }
        return true;
    }

    private static float score(float[] em, float[] tr, int[] tags) {
        float s = 0;
        for (int i = 0; i < tags.length; i++) {
            int prev = i == 0 ? -1 : tags[i - 1];
            s += em[i * T + tags[i]] + tr[(prev + 1) * T + tags[i]];
        }
        return s;
    }
}
