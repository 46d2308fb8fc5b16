package org.marsad.text;

import java.util.Collection;

/**
 * The hash codes of a word list's members in a bit array, to answer "surely not a member" for most
 * words of a text with one read of a cache-resident array, before the list's own hash table (large,
 * with its entries spread over the heap) is probed. Exact for members: a word the list holds is always
 * let through. Immutable.
 */
public final class WordPrefilter {
    private static final int BITS_PER_WORD = 16;

    private final long[] bits;
    private final int mask;

    public WordPrefilter(Collection<String> words) {
        int size = Integer.highestOneBit(Math.max(64, words.size() * BITS_PER_WORD - 1)) << 1;
        this.bits = new long[size >>> 6];
        this.mask = size - 1;
        for (String w : words) {
            int h = spread(w.hashCode()) & mask;
            bits[h >>> 6] |= 1L << h;
        }
    }

    /** False when {@code word} is surely not in the list; true when it may be. */
    public boolean mayContain(String word) {
        int h = spread(word.hashCode()) & mask;
        return (bits[h >>> 6] & (1L << h)) != 0;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16) ^ (h >>> 7);
    }
}
