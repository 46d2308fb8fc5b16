package org.marsad.ner;

/**
 * A tagging thread's memory of word types: the per-token values {@link NerFeatures#prepare} derives from a
 * token's characters alone, and the first-pass integer scores of the features it gives in each role
 * ({@link NerFeatures#roleFeatures}: as the token tagged, as its previous word, …), so a word seen before
 * costs a copy instead of normalization, segmentation, lexicon lookups and a score over some thirty weight rows.
 *
 * <p>Each type is one record of {@link #STRIDE} ints — hash, length, last use, whether scored, the characters,
 * the values, the scores — so a hit reads a few adjacent cache lines instead of chasing a key string and
 * several parallel arrays. Two-way set associative and bounded: a new type takes the least recently used
 * record of its set, except a record a token of the sentence being prepared still refers to. Types longer
 * than {@link #KEY_CHARS} characters are not kept. Belongs to one tagger (its first-pass weights) and is
 * owned by one thread.
 */
final class TokenTypes {
    static final int KEY_CHARS = 16;
    /** Per-token values kept per type: length, 7 affix hashes, word, stem and clitic hashes, stem start, shape, word and stem index, triggers. */
    static final int VALUES = 16;
    private static final int T = NerTags.COUNT;
    private static final int WAYS = 2;

    private static final int HASH = 0;
    private static final int LENGTH = 1;
    private static final int USED = 2;
    private static final int SCORED = 3;
    private static final int KEY = 4;
    private static final int VALUE = KEY + KEY_CHARS / 2;
    private static final int SUMS = VALUE + VALUES;
    static final int STRIDE = SUMS + NerFeatures.ROLES * T;

    private final int setMask;
    /**
     * The records; a record's integer first-pass score per tag of its type's features in each role lies at
     * {@link #sums}, valid once {@link #scored}.
     */
    final int[] records;
    private int sentence = 1;
    private int lastHash;

    TokenTypes(int capacity) {
        int cap = Integer.highestOneBit(Math.max(16, capacity));
        setMask = cap / WAYS - 1;
        records = new int[cap * STRIDE];
        for (int o = 0; o < records.length; o += STRIDE) {
            records[o + LENGTH] = -1;
        }
    }

    /** Starts a sentence: records its tokens take from here on are not given away before the next one. */
    void nextSentence() {
        sentence++;
    }

    /** The record holding the type {@code text[start, end)}, or {@code -1} when it is not held. */
    int find(String text, int start, int end) {
        int h = Hashing.chars(text, start, end);
        lastHash = h;
        int len = end - start;
        int first = (h & setMask) * WAYS;
        for (int slot = first; slot < first + WAYS; slot++) {
            int o = slot * STRIDE;
            if (records[o + HASH] == h && records[o + LENGTH] == len && sameKey(o, text, start, len)) {
                records[o + USED] = sentence;
                return slot;
            }
        }
        return -1;
    }

    private boolean sameKey(int o, String text, int start, int len) {
        for (int k = 0; k < len; k++) {
            if ((char) (records[o + KEY + (k >> 1)] >>> ((k & 1) << 4)) != text.charAt(start + k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Keeps token {@code i} of {@code c} as the type {@code text[start, end)} last passed to {@link #find};
     * returns its record, or {@code -1} when the type is too long or its set is taken by tokens of the
     * current sentence.
     */
    int store(String text, int start, int end, SentenceContext c, int i) {
        int len = end - start;
        if (len > KEY_CHARS) {
            return -1;
        }
        int h = lastHash;
        int first = (h & setMask) * WAYS;
        int slot = -1;
        for (int s = first; s < first + WAYS; s++) {
            int used = records[s * STRIDE + USED];
            if (used != sentence && (slot < 0 || used < records[slot * STRIDE + USED])) {
                slot = s;
            }
        }
        if (slot < 0) {
            return -1;
        }
        int o = slot * STRIDE;
        records[o + HASH] = h;
        records[o + LENGTH] = len;
        records[o + USED] = sentence;
        records[o + SCORED] = 0;
        for (int k = 0; k < KEY_CHARS / 2; k++) {
            records[o + KEY + k] = 0;
        }
        for (int k = 0; k < len; k++) {
            records[o + KEY + (k >> 1)] |= text.charAt(start + k) << ((k & 1) << 4);
        }
        int v = o + VALUE;
        records[v] = c.length[i];
        for (int a = 0; a < 7; a++) {
            records[v + 1 + a] = c.affix[a][i];
        }
        records[v + 8] = c.wordH[i];
        records[v + 9] = c.stemH[i];
        records[v + 10] = c.cliticH[i];
        records[v + 11] = c.stemStart[i];
        records[v + 12] = c.shape[i];
        records[v + 13] = c.wordIdx[i];
        records[v + 14] = c.stemIdx[i];
        records[v + 15] = c.trig[i];
        return slot;
    }

    /** Fills token {@code i} of {@code c} with the values of the type in {@code slot}. */
    void copyTo(int slot, SentenceContext c, int i) {
        int v = slot * STRIDE + VALUE;
        c.length[i] = records[v];
        for (int a = 0; a < 7; a++) {
            c.affix[a][i] = records[v + 1 + a];
        }
        c.wordH[i] = records[v + 8];
        c.stemH[i] = records[v + 9];
        c.cliticH[i] = records[v + 10];
        c.stemStart[i] = records[v + 11];
        c.shape[i] = records[v + 12];
        c.wordIdx[i] = records[v + 13];
        c.stemIdx[i] = records[v + 14];
        c.trig[i] = records[v + 15];
        c.gaz[i] = 0;
        c.doc[i] = 0;
    }

    /** Whether the scores of the type in {@code slot} are filled in. */
    boolean scored(int slot) {
        return records[slot * STRIDE + SCORED] != 0;
    }

    void markScored(int slot) {
        records[slot * STRIDE + SCORED] = 1;
    }

    /** Where in {@link #records} the T scores of the type in {@code slot} in {@code role} start. */
    static int sums(int slot, int role) {
        return slot * STRIDE + SUMS + role * T;
    }
}
