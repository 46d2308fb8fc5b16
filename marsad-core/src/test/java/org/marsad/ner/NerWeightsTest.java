package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NerWeightsTest {
    private static final int T = NerTags.COUNT;

    @Test
    void scoresEqualAPlainMapOfQuantizedRowsBitForBit() throws Exception {
        Random r = new Random(7);
        int n = 5000;
        IntIntMap rows = new IntIntMap(n);
        float[] w = new float[n * T];
        Map<Integer, Integer> rowOf = new HashMap<>();
        for (int k = 0; k < n; k++) {
            // key 0, and keys sharing their low bits, exercise the empty marker and probing
            int key = k == 0 ? 0 : k < 100 ? (k << 20) : r.nextInt();
            if (rowOf.containsKey(key)) {
                continue;
            }
            int row = rowOf.size();
            rowOf.put(key, row);
            rows.put(key, row);
            for (int t = 0; t < T; t++) {
                w[row * T + t] = (float) r.nextGaussian() * 3;
            }
        }
        float max = 1e-9f;
        for (float x : w) {
            max = Math.max(max, Math.abs(x));
        }
        float scale = max / Short.MAX_VALUE;
        NerWeights weights = NerWeights.quantize(rows, w, new float[(T + 1) * T]);
        assertThat(weights.features()).isEqualTo(rowOf.size());

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        weights.write(new DataOutputStream(bytes));
        NerWeights reread = NerWeights.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertThat(reread.features()).isEqualTo(rowOf.size());

        Integer[] known = rowOf.keySet().toArray(new Integer[0]);
        for (int trial = 0; trial < 2000; trial++) {
            int count = 1 + r.nextInt(80);
            int[] feats = new int[count];
            for (int k = 0; k < count; k++) {
                feats[k] = r.nextInt(3) == 0 ? r.nextInt() : known[r.nextInt(known.length)];
            }
            // the quantized weights summed exactly, scaled once
            int[] sums = new int[T];
            for (int k = 0; k < count; k++) {
                Integer row = rowOf.get(feats[k]);
                if (row != null) {
                    for (int t = 0; t < T; t++) {
                        sums[t] += Math.round(w[row * T + t] / scale);
                    }
                }
            }
            float[] expected = new float[2 * T];
            for (int t = 0; t < T; t++) {
                expected[T + t] = sums[t] * scale;
            }
            float[] got = new float[2 * T];
            weights.score(feats, count, got, T);
            float[] again = new float[2 * T];
            reread.score(feats, count, again, T);
            assertThat(got).containsExactly(expected);
            assertThat(again).containsExactly(expected);
        }
    }
}
