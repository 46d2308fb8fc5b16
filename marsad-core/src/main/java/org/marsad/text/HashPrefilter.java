package org.marsad.text;

import java.util.Collection;

/**
 * A set's hash codes in a blocked Bloom filter (two bits in one 64-bit word per hash, 16 bits per member,
 * about 3 % false positives), to answer "surely not a member" for most lookups with one read of a
 * cache-resident array, before the set's own hash table (large, with its entries spread over memory) is
 * probed. Exact for members: a hash the set holds is always let through. Immutable.
 */
public final class HashPrefilter {
    private final long[] words;
    private final int shift;

    private HashPrefilter(int size) {
        int n = Integer.highestOneBit(Math.max(64, size / 4));
        this.words = new long[n];
        this.shift = 32 - Integer.numberOfTrailingZeros(n);
    }

    /** A filter of hashes that are already well mixed in all their bits (feature hashes). */
    public static HashPrefilter ofHashes(int[] hashes) {
        HashPrefilter f = new HashPrefilter(hashes.length);
        for (int h : hashes) {
            f.add(h);
        }
        return f;
    }

    /** A filter of words, asked with {@link #mayContainWord}. */
    public static HashPrefilter ofWords(Collection<String> members) {
        HashPrefilter f = new HashPrefilter(members.size());
        for (String w : members) {
            f.add(mix(w.hashCode()));
        }
        return f;
    }

    private void add(int hash) {
        words[hash >>> shift] |= bits(hash);
    }

    /** False when {@code hash} is surely not in the set; true when it may be. */
    public boolean mayContain(int hash) {
        long bits = bits(hash);
        return (words[hash >>> shift] & bits) == bits;
    }

    /** False when {@code word} is surely not in a set made by {@link #ofWords}; true when it may be. */
    public boolean mayContainWord(String word) {
        return mayContain(mix(word.hashCode()));
    }

    /** The two bits of a hash in its word (a long shift takes the low six bits of its distance). */
    private static long bits(int hash) {
        return (1L << hash) | (1L << (hash >>> 6));
    }

    /** String hash codes differ mostly in their low bits; the word is chosen by the high ones. */
    private static int mix(int h) {
        return h * 0x9E3779B9;
    }
}
