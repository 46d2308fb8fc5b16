package org.marsad.morph;

import java.util.Arrays;

/**
 * An immutable map from short strings (folded word forms) to ints, looked up from a {@code char[]} slice
 * without allocating: keys live in one pooled array, slots in an open-addressing table.
 */
final class Lexicon {
    private final char[] pool;
    /** Per entry: start in the pool, length, value. */
    private final int[] meta;
    /**
     * Two longs per slot, in one cache line: the full hash in the high half of the first and the key's
     * length + 1 and start in the pool in its low half (0 when the slot is empty); the value in the high
     * half of the second and the entry number in its low half. A hit reads the slot and the key's chars.
     */
    private final long[] slots;
    private final int mask;
    private final int size;

    private Lexicon(char[] pool, int[] keyStart, int[] keyLen, int[] values, int size) {
        this.pool = pool;
        this.size = size;
        this.meta = new int[size * 3];
        for (int e = 0; e < size; e++) {
            meta[3 * e] = keyStart[e];
            meta[3 * e + 1] = keyLen[e];
            meta[3 * e + 2] = values[e];
        }
        int cap = Integer.highestOneBit(Math.max(4, size * 2 - 1)) << 1;
        this.slots = new long[2 * cap];
        this.mask = cap - 1;
        for (int e = 0; e < size; e++) {
            if (keyLen[e] > MAX_KEY || keyStart[e] >= 1 << START_BITS) {
                throw new IllegalArgumentException("lexicon key too long or pool too large: entry " + e);
            }
            int h = hash(pool, keyStart[e], keyLen[e]);
            int i = h & mask;
            while (slots[2 * i] != 0) {
                i = (i + 1) & mask;
            }
            slots[2 * i] = (long) h << 32 | (long) (keyLen[e] + 1) << START_BITS | keyStart[e];
            slots[2 * i + 1] = (long) values[e] << 32 | e;
        }
    }

    static int hash(char[] s, int off, int len) {
        int h = len;
        for (int i = off, e = off + len; i < e; i++) {
            h = h * 31 + s[i];
        }
        return h ^ (h >>> 15) ^ (h >>> 7);
    }

    private static final int START_BITS = 24;
    private static final int MAX_KEY = (1 << (32 - START_BITS)) - 2;

    /** The value stored for {@code s[off, off+len)}, or {@code missing}. */
    int get(char[] s, int off, int len, int missing) {
        int i = slotOf(s, off, len);
        return i < 0 ? missing : (int) (slots[2 * i + 1] >>> 32);
    }

    /** The entry number of {@code s[off, off+len)} (0 to size-1, in insertion order), or -1. */
    int find(char[] s, int off, int len) {
        int i = slotOf(s, off, len);
        return i < 0 ? -1 : (int) slots[2 * i + 1];
    }

    private int slotOf(char[] s, int off, int len) {
        if (len > MAX_KEY) {
            return -1;
        }
        int h = hash(s, off, len);
        long lengthAndHash = (long) h << 32 | (long) (len + 1) << START_BITS;
        int i = h & mask;
        while (true) {
            long v = slots[2 * i];
            if (v == 0) {
                return -1;
            }
            if ((v & ~((1L << START_BITS) - 1)) == lengthAndHash && same((int) v & ((1 << START_BITS) - 1), s, off, len)) {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    /** Short keys: a plain loop beats {@link Arrays#equals}'s range checks and vector set-up. */
    private boolean same(int start, char[] s, int off, int len) {
        for (int k = 0; k < len; k++) {
            if (pool[start + k] != s[off + k]) {
                return false;
            }
        }
        return true;
    }

    int value(int entry) {
        return meta[3 * entry + 2];
    }

    /** Copies the key of an entry into {@code dst}; returns its length. */
    int key(int entry, char[] dst) {
        int len = Math.min(meta[3 * entry + 1], dst.length);
        System.arraycopy(pool, meta[3 * entry], dst, 0, len);
        return len;
    }

    int get(CharSequence key, int missing) {
        char[] k = key.toString().toCharArray();
        return get(k, 0, k.length, missing);
    }

    int size() {
        return size;
    }

    /** Calls {@code visitor} for every entry, in insertion order. */
    void forEach(EntryVisitor visitor) {
        for (int e = 0; e < size; e++) {
            visitor.visit(new String(pool, meta[3 * e], meta[3 * e + 1]), meta[3 * e + 2]);
        }
    }

    interface EntryVisitor {
        void visit(String key, int value);
    }

    /** A lexicon of distinct keys (not checked) with their values, in this order. */
    static Lexicon of(String[] keys, int[] values, int size) {
        int total = 0;
        for (int e = 0; e < size; e++) {
            total += keys[e].length();
        }
        char[] pool = new char[total];
        int[] ks = new int[size];
        int[] kl = new int[size];
        int p = 0;
        for (int e = 0; e < size; e++) {
            String k = keys[e];
            k.getChars(0, k.length(), pool, p);
            ks[e] = p;
            kl[e] = k.length();
            p += k.length();
        }
        return new Lexicon(pool, ks, kl, java.util.Arrays.copyOf(values, size), size);
    }

    /** Collects entries; a later put of the same key replaces the value. */
    static final class Builder {
        private final java.util.LinkedHashMap<String, Integer> map = new java.util.LinkedHashMap<>();

        Builder put(String key, int value) {
            map.put(key, value);
            return this;
        }

        int size() {
            return map.size();
        }

        Lexicon build() {
            int n = map.size();
            int total = 0;
            for (String k : map.keySet()) {
                total += k.length();
            }
            char[] pool = new char[total];
            int[] ks = new int[n];
            int[] kl = new int[n];
            int[] vs = new int[n];
            int e = 0;
            int p = 0;
            for (var en : map.entrySet()) {
                String k = en.getKey();
                k.getChars(0, k.length(), pool, p);
                ks[e] = p;
                kl[e] = k.length();
                vs[e] = en.getValue();
                p += k.length();
                e++;
            }
            return new Lexicon(pool, ks, kl, vs, n);
        }
    }
}
