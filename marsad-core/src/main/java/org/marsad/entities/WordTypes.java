package org.marsad.entities;

/**
 * A thread's memory of word types for {@link TokenFilters}: a type is a token's exact characters, and its
 * answer ({@link NameHashes#flagsAndHashOfNormalizedOrReading}) depends on them alone, so a word seen before
 * costs one hash and one comparison of its characters instead of folding each letter and probing the name
 * hashes for the form and its clitic readings. Exact: a type is found only when its characters are equal.
 *
 * <p>Four-way set associative, least recently used out; a type longer than {@link #KEY_CHARS} characters is
 * not kept. Keys lie in one char array, a set's hashes and last uses together apart from them. Belongs to one
 * {@link NameHashes} and is owned by one thread.
 */
final class WordTypes {
    static final int KEY_CHARS = 16;
    private static final int WAYS = 4;

    private final NameHashes table;
    private final int shift;
    private final char[] keys;
    /** Per record: the type's length, -1 when empty. */
    private final byte[] lengths;
    private final int[] hashes;
    private final int[] used;
    private final long[] answers;
    private int clock;

    /** {@code capacity} records (rounded down to a power of two, at least 16). */
    WordTypes(NameHashes table, int capacity) {
        this.table = table;
        int cap = Integer.highestOneBit(Math.max(16, capacity));
        int sets = cap / WAYS;
        shift = 32 - Integer.numberOfTrailingZeros(sets);
        keys = new char[cap * KEY_CHARS];
        lengths = new byte[cap];
        java.util.Arrays.fill(lengths, (byte) -1);
        hashes = new int[cap];
        used = new int[cap];
        answers = new long[cap];
    }

    /** {@code table.flagsAndHashOfNormalizedOrReading(text, start, end)}, remembered by the characters. */
    long flagsAndHash(String text, int start, int end) {
        int len = end - start;
        if (len > KEY_CHARS) {
            return table.flagsAndHashOfNormalizedOrReading(text, start, end);
        }
        int h = len;
        for (int i = start; i < end; i++) {
            h = 31 * h + text.charAt(i);
        }
        int first = ((h * 0x9E3779B9) >>> shift) * WAYS;
        int tick = ++clock;
        if (tick == Integer.MAX_VALUE) {
            java.util.Arrays.fill(used, 0); // ages restart; only the order of eviction could change, not an answer
            clock = tick = 1;
        }
        int victim = first;
        for (int slot = first; slot < first + WAYS; slot++) {
            if (hashes[slot] == h && lengths[slot] == len && sameKey(slot, text, start, len)) {
                used[slot] = tick;
                return answers[slot];
            }
            if (used[slot] < used[victim]) {
                victim = slot;
            }
        }
        long answer = table.flagsAndHashOfNormalizedOrReading(text, start, end);
        hashes[victim] = h;
        lengths[victim] = (byte) len;
        used[victim] = tick;
        answers[victim] = answer;
        text.getChars(start, end, keys, victim * KEY_CHARS);
        return answer;
    }

    private boolean sameKey(int slot, String text, int start, int len) {
        int o = slot * KEY_CHARS;
        for (int k = 0; k < len; k++) {
            if (keys[o + k] != text.charAt(start + k)) {
                return false;
            }
        }
        return true;
    }
}
