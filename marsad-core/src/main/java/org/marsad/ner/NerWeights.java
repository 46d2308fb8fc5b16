package org.marsad.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * One trained weight set: feature hash → row of per-tag weights, and tag transitions. Weights are
 * kept as floats in memory and quantized to 16 bits on disk. Immutable once built.
 */
final class NerWeights {
    static final int T = NerTags.COUNT;

    private final IntIntMap rows;
    private final float[] weights;
    private final float[] transitions;

    NerWeights(IntIntMap rows, float[] weights, float[] transitions) {
        this.rows = rows;
        this.weights = weights;
        this.transitions = transitions;
    }

    int features() {
        return rows.size();
    }

    float[] transitions() {
        return transitions;
    }

    /** Adds the weights of {@code count} feature hashes into {@code scores[base, base + T)}. */
    void score(int[] features, int count, float[] scores, int base) {
        for (int k = 0; k < count; k++) {
            int r = rows.get(features[k], -1);
            if (r >= 0) {
                int o = r * T;
                for (int t = 0; t < T; t++) {
                    scores[base + t] += weights[o + t];
                }
            }
        }
    }

    void write(DataOutputStream out) throws IOException {
        float max = 1e-9f;
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        float scale = max / Short.MAX_VALUE;
        int[][] e = rows.entries();
        out.writeInt(e[0].length);
        out.writeFloat(scale);
        for (int k = 0; k < e[0].length; k++) {
            out.writeInt(e[0][k]);
            int o = e[1][k] * T;
            for (int t = 0; t < T; t++) {
                out.writeShort(Math.round(weights[o + t] / scale));
            }
        }
        out.writeInt(transitions.length);
        for (float f : transitions) {
            out.writeFloat(f);
        }
    }

    static NerWeights read(DataInputStream in) throws IOException {
        int n = in.readInt();
        float scale = in.readFloat();
        IntIntMap rows = new IntIntMap(n);
        float[] w = new float[n * T];
        for (int k = 0; k < n; k++) {
            rows.put(in.readInt(), k);
            for (int t = 0; t < T; t++) {
                w[k * T + t] = in.readShort() * scale;
            }
        }
        int tn = in.readInt();
        if (tn != (T + 1) * T) {
            throw new IOException("transition table of " + tn + " entries, expected " + (T + 1) * T);
        }
        float[] tr = new float[tn];
        for (int i = 0; i < tn; i++) {
            tr[i] = in.readFloat();
        }
        return new NerWeights(rows, w, tr);
    }
}
