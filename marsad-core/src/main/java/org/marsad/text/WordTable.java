package org.marsad.text;

import java.util.Map;

/**
 * An immutable map from words to ints, for word lists asked about most tokens: open addressing at most half
 * full, each slot's hash code beside its value in one array, so that a probe reads the key's string only when
 * the hash codes agree, and a miss usually reads one int. A {@code HashMap<String, Integer>} reads a node, the
 * key and a boxed value per hit, each somewhere else in memory. Thread-safe.
 */
public final class WordTable {
    /** Slot {@code s}: the key's {@link #hash} at {@code 2s} (0: empty), its value at {@code 2s + 1}. */
    private final int[] hashAndValue;
    private final String[] keys;
    private final int shift;
    private final int mask;

    private WordTable(Map<String, Integer> values) {
        int cap = Integer.highestOneBit(Math.max(4, values.size() * 2 - 1)) << 1;
        hashAndValue = new int[2 * cap];
        keys = new String[cap];
        mask = cap - 1;
        shift = 32 - Integer.numberOfTrailingZeros(cap);
        for (Map.Entry<String, Integer> e : values.entrySet()) {
            int h = hash(e.getKey());
            int s = slot(h);
            while (hashAndValue[2 * s] != 0) {
                s = (s + 1) & mask;
            }
            hashAndValue[2 * s] = h;
            hashAndValue[2 * s + 1] = e.getValue();
            keys[s] = e.getKey();
        }
    }

    /** The table of these words and values. */
    public static WordTable of(Map<String, Integer> values) {
        return new WordTable(values);
    }

    /** A set of words: {@link #contains} answers, and {@link #get} gives 1 for a member. */
    public static WordTable ofWords(java.util.Collection<String> words) {
        Map<String, Integer> ones = new java.util.HashMap<>();
        for (String w : words) {
            ones.put(w, 1);
        }
        return new WordTable(ones);
    }

    /** The word's hash code, 1 for 0 (which marks an empty slot): the key comparison tells the two apart. */
    private static int hash(String word) {
        int h = word.hashCode();
        return h == 0 ? 1 : h;
    }

    /** String hash codes differ mostly in their low bits; the slot is taken from the high bits of their product. */
    private int slot(int h) {
        return (h * 0x9E3779B9) >>> shift;
    }

    /** The value of {@code word}, or {@code absent} when the table does not hold it. */
    public int get(String word, int absent) {
        int s = find(word);
        return s < 0 ? absent : hashAndValue[2 * s + 1];
    }

    public boolean contains(String word) {
        return find(word) >= 0;
    }

    /** The slot of {@code word}, or -1. */
    private int find(String word) {
        int h = hash(word);
        int s = slot(h);
        int stored;
        while ((stored = hashAndValue[2 * s]) != 0) {
            if (stored == h && keys[s].equals(word)) {
                return s;
            }
            s = (s + 1) & mask;
        }
        return -1;
    }
}
