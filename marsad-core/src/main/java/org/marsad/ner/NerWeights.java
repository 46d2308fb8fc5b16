package org.marsad.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * One trained weight set: feature hash → row of per-tag weights, and tag transitions. Weights are
 * quantized to 16 bits (one scale for the whole set), in memory as on disk. Immutable once built.
 *
 * <p>Keys and weights share one open-addressing table (linear probing): each slot holds the feature
 * hash (two shorts) followed by its {@link NerTags#COUNT} quantized weights, 22 bytes, so a lookup
 * that hits usually costs one cache line, and the whole table half of what float rows would take.
 * Hash 0 marks an empty slot; a feature whose hash is 0 keeps its row apart.
 */
final class NerWeights {
    static final int T = NerTags.COUNT;
    private static final int STRIDE = T + 2;

    private final short[] table;
    private final int mask;
    private final int size;
    private final float scale;
    private final short[] zeroKeyRow;
    private final float[] transitions;

    private NerWeights(int[] keys, short[] quantized, float scale, float[] transitions) {
        int n = keys.length;
        // load factor at most 0.75: rows stay short and unsuccessful lookups end after a few slots
        int cap = Integer.highestOneBit(Math.max(4, n * 4 / 3)) << 1;
        this.table = new short[cap * STRIDE];
        this.mask = cap - 1;
        short[] zero = null;
        int distinct = 0;
        for (int k = 0; k < n; k++) {
            int key = keys[k];
            if (key == 0) {
                distinct += zero == null ? 1 : 0;
                zero = java.util.Arrays.copyOfRange(quantized, k * T, k * T + T);
                continue;
            }
            int i = key & mask;
            while (keyAt(table, i * STRIDE) != 0 && keyAt(table, i * STRIDE) != key) {
                i = (i + 1) & mask;
            }
            int s = i * STRIDE;
            distinct += keyAt(table, s) == 0 ? 1 : 0;
            table[s] = (short) (key >>> 16);
            table[s + 1] = (short) key;
            System.arraycopy(quantized, k * T, table, s + 2, T);
        }
        this.size = distinct;
        this.scale = scale;
        this.zeroKeyRow = zero;
        this.transitions = transitions;
    }

    /** Rows {@code rows.get(hash)} of {@code weights} (T floats each), quantized to 16 bits. */
    static NerWeights quantize(IntIntMap rows, float[] weights, float[] transitions) {
        float max = 1e-9f;
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        float scale = max / Short.MAX_VALUE;
        int[][] e = rows.entries();
        short[] q = new short[e[0].length * T];
        for (int k = 0; k < e[0].length; k++) {
            int o = e[1][k] * T;
            for (int t = 0; t < T; t++) {
                q[k * T + t] = (short) Math.round(weights[o + t] / scale);
            }
        }
        return new NerWeights(e[0], q, scale, transitions);
    }

    private static int keyAt(short[] table, int s) {
        return (table[s] << 16) | (table[s + 1] & 0xFFFF);
    }

    int features() {
        return size;
    }

    float[] transitions() {
        return transitions;
    }

    /** Adds the weights of {@code count} feature hashes into {@code scores[base, base + T)}. */
    void score(int[] features, int count, float[] scores, int base) {
        final short[] tab = table;
        final float sc = scale;
        for (int k = 0; k < count; k++) {
            int key = features[k];
            if (key == 0) {
                if (zeroKeyRow != null) {
                    for (int t = 0; t < T; t++) {
                        scores[base + t] += zeroKeyRow[t] * sc;
                    }
                }
                continue;
            }
            int i = key & mask;
            while (true) {
                int s = i * STRIDE;
                int found = keyAt(tab, s);
                if (found == key) {
                    for (int t = 0; t < T; t++) {
                        scores[base + t] += tab[s + 2 + t] * sc;
                    }
                    break;
                }
                if (found == 0) {
                    break;
                }
                i = (i + 1) & mask;
            }
        }
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(size);
        out.writeFloat(scale);
        if (zeroKeyRow != null) {
            out.writeInt(0);
            for (short w : zeroKeyRow) {
                out.writeShort(w);
            }
        }
        for (int s = 0; s < table.length; s += STRIDE) {
            int key = keyAt(table, s);
            if (key != 0) {
                out.writeInt(key);
                for (int t = 0; t < T; t++) {
                    out.writeShort(table[s + 2 + t]);
                }
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
        int[] keys = new int[n];
        short[] q = new short[n * T];
        for (int k = 0; k < n; k++) {
            keys[k] = in.readInt();
            for (int t = 0; t < T; t++) {
                q[k * T + t] = in.readShort();
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
        return new NerWeights(keys, q, scale, tr);
    }
}
