package org.marsad.morph;

import java.util.Arrays;

/**
 * An immutable map from short strings (folded word forms) to ints, looked up from a {@code char[]} slice
 * without allocating: keys live in one pooled array, slots in an open-addressing table.
 */
final class Lexicon {
    private final char[] pool;
    private final int[] keyStart;
    private final int[] keyLen;
    private final int[] values;
    private final int[] slots;
    private final int mask;
    private final int size;

    private Lexicon(char[] pool, int[] keyStart, int[] keyLen, int[] values, int size) {
        this.pool = pool;
        this.keyStart = keyStart;
        this.keyLen = keyLen;
        this.values = values;
        this.size = size;
        int cap = Integer.highestOneBit(Math.max(4, size * 2 - 1)) << 1;
        this.slots = new int[cap];
        this.mask = cap - 1;
        Arrays.fill(slots, -1);
        for (int e = 0; e < size; e++) {
            int h = hash(pool, keyStart[e], keyLen[e]) & mask;
            while (slots[h] >= 0) {
                h = (h + 1) & mask;
            }
            slots[h] = e;
        }
    }

    static int hash(char[] s, int off, int len) {
        int h = len;
        for (int i = off, e = off + len; i < e; i++) {
            h = h * 31 + s[i];
        }
        return h ^ (h >>> 15) ^ (h >>> 7);
    }

    /** The value stored for {@code s[off, off+len)}, or {@code missing}. */
    int get(char[] s, int off, int len, int missing) {
        int h = hash(s, off, len) & mask;
        while (true) {
            int e = slots[h];
            if (e < 0) {
                return missing;
            }
            if (keyLen[e] == len && Arrays.equals(pool, keyStart[e], keyStart[e] + len, s, off, off + len)) {
                return values[e];
            }
            h = (h + 1) & mask;
        }
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
            visitor.visit(new String(pool, keyStart[e], keyLen[e]), values[e]);
        }
    }

    interface EntryVisitor {
        void visit(String key, int value);
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
