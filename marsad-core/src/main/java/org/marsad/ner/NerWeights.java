package org.marsad.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.marsad.text.HashPrefilter;

/**
 * One trained weight set: feature hash → row of per-tag weights, and tag transitions. Weights are
 * quantized to 16 bits (one scale for the whole set), in memory as on disk; a token's score per tag is the
 * exact integer sum of its features' weights, scaled once. Immutable once built.
 *
 * <p>Lookups go through an open-addressing table (linear probing) whose slots hold the feature hash and its
 * row of weights side by side, 32 bytes apart: a lookup that hits reads one slot, usually one cache line,
 * where a table of hashes and row numbers with the rows apart read two places in memory one after the other.
 * Hash 0 marks an empty slot; a feature whose hash is 0 keeps its row apart. A Bloom filter in front answers
 * most lookups of unknown features (nine in ten word pairs of news text) from the processor's cache.
 */
final class NerWeights {
    static final int T = NerTags.COUNT;
    /** Shorts per slot: the hash (two), the T weights, padding to 32 bytes. */
    private static final int SLOT = 16;
    /** Where a slot's weights start. */
    private static final int ROW = 2;

    static {
        if (ROW + T > SLOT) {
            throw new IllegalStateException(T + " tags do not fit a slot of " + SLOT + " shorts");
        }
    }

    /** Slot {@code s} at {@code [s * SLOT, (s + 1) * SLOT)}: the hash's high and low half, then its row. */
    private final short[] table;
    /** Number of slots. */
    private final int slots;
    /**
     * A Bloom filter of the hashes, small enough to stay in the processor's cache: most lookups of word pairs
     * miss, and the filter spares them the table.
     */
    private final HashPrefilter filter;
    /** The hashes in the order given, for {@link #write}: a model read and written again gives the same bytes. */
    private final int[] keys;
    private final int size;
    private final float scale;
    private final short[] zeroKeyQuantized;
    private final float[] transitions;
    private final float[] transitionsByPredecessor;

    private NerWeights(int[] keys, short[] quantized, float scale, float[] transitions) {
        int n = keys.length;
        // two thirds full, whatever the number of features (not a power of two, which left the shipped model's
        // table 37 % full at 8 MB): as fast, and about as large as the hashes and rows apart were (4.6 MB)
        this.slots = Math.max(4, n + n / 2);
        this.table = new short[slots * SLOT];
        short[] zero = null;
        int[] distinct = new int[n];
        int size = 0;
        for (int k = 0; k < n; k++) {
            int key = keys[k];
            if (key == 0) {
                zero = java.util.Arrays.copyOfRange(quantized, k * T, k * T + T);
                continue;
            }
            int i = home(key);
            while (hashAt(i) != 0 && hashAt(i) != key) {
                i = next(i);
            }
            if (hashAt(i) == 0) {
                table[i * SLOT] = (short) (key >>> 16);
                table[i * SLOT + 1] = (short) key;
                distinct[size++] = key;
            }
            System.arraycopy(quantized, k * T, table, i * SLOT + ROW, T);
        }
        this.keys = java.util.Arrays.copyOf(distinct, size);
        this.filter = HashPrefilter.ofHashes(keys);
        this.size = size + (zero == null ? 0 : 1);
        this.scale = scale;
        this.zeroKeyQuantized = zero;
        this.transitions = transitions;
        this.transitionsByPredecessor = Viterbi.byPredecessor(transitions);
    }

    /** The first slot to probe for {@code key}: its bits scaled to the table, with no division. */
    private int home(int key) {
        return (int) ((key & 0xFFFFFFFFL) * slots >>> 32);
    }

    private int next(int slot) {
        return slot + 1 == slots ? 0 : slot + 1;
    }

    private int hashAt(int slot) {
        return table[slot * SLOT] << 16 | table[slot * SLOT + 1] & 0xFFFF;
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

    int features() {
        return size;
    }

    float[] transitions() {
        return transitions;
    }

    /** Best tags for {@code n} tokens of {@code emission} under these transitions ({@link Viterbi}). */
    void decode(float[] emission, int n, int[] tags, float[] delta, int[] back) {
        Viterbi.decode(emission, transitions, transitionsByPredecessor, n, tags, delta, back);
    }

    /** Adds the weights of {@code count} feature hashes into {@code scores[base, base + T)}. */
    void score(int[] features, int count, float[] scores, int base) {
        score(features, count, scores, base, new Lookup());
    }

    /**
     * Adds the weights of {@code count} feature hashes into {@code scores[base, base + T)}. The quantized
     * weights are summed as integers — exactly, so in any order and in any grouping — and scaled once.
     */
    void score(int[] features, int count, float[] scores, int base, Lookup scratch) {
        for (int t = 0; t < T; t++) {
            scratch.sum[t] = 0;
        }
        sum(features, count, scratch.sum, 0, scratch);
        scale(scratch.sum, scores, base);
    }

    /** The same, with {@code partial[from, from + T)}, an integer sum of other features' weights, added in. */
    void score(int[] features, int count, int[] partial, int from, float[] scores, int base, Lookup scratch) {
        System.arraycopy(partial, from, scratch.sum, 0, T);
        sum(features, count, scratch.sum, 0, scratch);
        scale(scratch.sum, scores, base);
    }

    /** Adds the integer sums {@code sum[0, T)}, scaled, into {@code scores[base, base + T)}. */
    void scale(int[] sum, float[] scores, int base) {
        for (int t = 0; t < T; t++) {
            scores[base + t] += sum[t] * scale;
        }
    }

    /**
     * Adds the quantized weights of {@code count} feature hashes into {@code sums[from, from + T)}. All
     * lookups are made before any row is read, so the processor overlaps their memory reads.
     */
    void sum(int[] features, int count, int[] sums, int from, Lookup scratch) {
        final int[] found = scratch.found;
        for (int k = 0; k < count; k++) {
            found[k] = rowOf(features[k]);
        }
        for (int k = 0; k < count; k++) {
            addRow(found[k], sums, from);
        }
    }

    /**
     * Where the row of the feature {@code key} starts: -1 when the model does not know it, -2 for hash 0's row
     * (what {@link #sum} finds, for a caller that keeps it).
     */
    int rowOf(int key) {
        if (key == 0) {
            return zeroKeyQuantized == null ? -1 : -2;
        }
        if (!filter.mayContain(key)) {
            return -1;
        }
        int i = home(key);
        int h;
        while ((h = hashAt(i)) != 0 && h != key) {
            i = next(i);
        }
        return h == 0 ? -1 : i * SLOT + ROW;
    }

    /** Adds the quantized row {@link #rowOf} gave ({@code row}) into {@code sums[from, from + T)}. */
    void addRow(int row, int[] sums, int from) {
        if (row >= 0) {
            final short[] w = table;
            for (int t = 0; t < T; t++) {
                sums[from + t] += w[row + t];
            }
        } else if (row == -2) {
            for (int t = 0; t < T; t++) {
                sums[from + t] += zeroKeyQuantized[t];
            }
        }
    }

    /** Scratch of {@link #score}, owned by one thread. */
    static final class Lookup {
        final int[] found = new int[NerFeatures.MAX_FEATURES];
        final int[] sum = new int[T];
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(size);
        out.writeFloat(scale);
        if (zeroKeyQuantized != null) {
            out.writeInt(0);
            for (short q : zeroKeyQuantized) {
                out.writeShort(q);
            }
        }
        for (int key : keys) {
            out.writeInt(key);
            int o = rowOf(key);
            for (int t = 0; t < T; t++) {
                out.writeShort(table[o + t]);
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
